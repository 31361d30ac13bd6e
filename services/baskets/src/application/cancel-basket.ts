import type { UnitOfWork } from '@mallbots/tm';
import type { BasketRepository } from '../persistence/basket.repository.ts';
import { saveBasket } from './save-basket.ts';

/** Cancels an open basket (its items are cleared); publishes BasketCanceled. */
export async function cancelBasket(repo: BasketRepository, uow: UnitOfWork, basketId: string): Promise<void> {
  const basket = await repo.find(uow, basketId);
  basket.cancel();
  await saveBasket(repo, uow, basket);
}
