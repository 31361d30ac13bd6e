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
 * Adds a quantity of a product at its current price. The basket is checked first, so a closed or unknown basket
 * never costs a lookup; the lookup may call stores (with a deadline) on a cache miss.
 */
export async function addItem(
  deps: { baskets: BasketRepository; catalogue: CatalogueCache; stores: StoresCatalogue },
  uow: UnitOfWork,
  cmd: AddItem,
): Promise<void> {
  const basket = await deps.baskets.find(uow.em, cmd.basketId);
  basket.assertOpen('add items');
  const product = await lookupProduct(deps.catalogue, deps.stores, uow, cmd.productId);
  basket.addItem(product, cmd.quantity);
  await saveBasket(deps.baskets, uow, basket);
}
