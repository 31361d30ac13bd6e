import type { UnitOfWork } from '@mallbots/tm';
import { commitProduct } from './product-changes.ts';
import type { StoresDeps } from './stores-deps.ts';

// Two concurrent price changes of one product both load version v and both append at v+1: the second append
// fails with ABORTED and changes nothing. It is not retried here: the caller chose its new absolute price
// against a price that is no longer current, so the caller decides whether to try again.

/** Raises the price to `price` (must be higher than the current one); publishes ProductPriceIncreased. */
export async function increaseProductPrice(deps: StoresDeps, uow: UnitOfWork, id: string, price: number): Promise<void> {
  const product = await deps.products.find(uow.em, id);
  product.increasePrice(price);
  await commitProduct(deps, uow, product);
}

/** Lowers the price to `price` (must be lower than the current one); publishes ProductPriceDecreased. */
export async function decreaseProductPrice(deps: StoresDeps, uow: UnitOfWork, id: string, price: number): Promise<void> {
  const product = await deps.products.find(uow.em, id);
  product.decreasePrice(price);
  await commitProduct(deps, uow, product);
}
