import type { UnitOfWork } from '@mallbots/tm';
import type { BasketRepository } from '../persistence/basket.repository.ts';
import type { CatalogueCache } from '../persistence/catalogue-cache.ts';
import { lookupProduct, type StoresCatalogue } from './lookup-product.ts';
import { saveBasket } from './save-basket.ts';

export interface AddItem {
  basketId: string;
  productId: string;
  quantity: number;
}

/**
 * Adds a quantity of a product at its current price. The basket and the product's cache rows are read in one round
 * trip; the basket is checked before anything else, so a closed or unknown basket never costs a call to stores,
 * which the lookup makes (with a deadline) on a cache miss.
 */
export async function addItem(
  deps: { baskets: BasketRepository; catalogue: CatalogueCache; stores: StoresCatalogue },
  uow: UnitOfWork,
  cmd: AddItem,
): Promise<void> {
  const [basket, cached] = await uow.readAll([
    deps.baskets.findRead(cmd.basketId),
    deps.catalogue.productWithStoreRead(cmd.productId),
  ] as const);
  basket.assertOpen('add items');
  const product = await lookupProduct(deps.catalogue, deps.stores, uow, cmd.productId, cached);
  basket.addItem(product, cmd.quantity);
  await saveBasket(deps.baskets, uow, basket);
}
