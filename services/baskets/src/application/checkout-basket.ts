import type { UnitOfWork } from '@mallbots/tm';
import type { BasketRepository } from '../persistence/basket.repository.ts';
import { saveBasket } from './save-basket.ts';

export interface CheckoutBasket {
  basketId: string;
  paymentId: string;
}

/**
 * Checks out an open, non-empty basket; publishes BasketCheckedOut with its lines (ordering turns it into an order
 * with id = basket id). The payment is not checked here: the create-order saga confirms it against the order total.
 */
export async function checkoutBasket(repo: BasketRepository, uow: UnitOfWork, cmd: CheckoutBasket): Promise<void> {
  const basket = await repo.find(uow, cmd.basketId);
  basket.checkout(cmd.paymentId);
  await saveBasket(repo, uow, basket);
}
