import type { UnitOfWork } from '@mallbots/tm';
import type { BasketRepository } from '../persistence/basket.repository.ts';
import { saveBasket } from './save-basket.ts';

export interface RemoveItem {
  basketId: string;
  productId: string;
  quantity: number;
}

/** Removes a quantity of a product; a product that is not in the basket is a no-op. */
export async function removeItem(repo: BasketRepository, uow: UnitOfWork, cmd: RemoveItem): Promise<void> {
  const basket = await repo.find(uow, cmd.basketId);
  if (basket.removeItem(cmd.productId, cmd.quantity)) await saveBasket(repo, uow, basket);
}
