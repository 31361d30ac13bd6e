import type { UnitOfWork } from '@mallbots/tm';
import { commitProduct } from './product-changes.ts';
import type { StoresDeps } from './stores-deps.ts';

/** Removes a product from the catalogue; publishes ProductRemoved. FAILED_PRECONDITION if already removed. */
export async function removeProduct(deps: StoresDeps, uow: UnitOfWork, id: string): Promise<void> {
  const product = await deps.products.find(uow.em, id);
  product.remove();
  await commitProduct(deps, uow, product);
}
