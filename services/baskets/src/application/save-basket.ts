import type { UnitOfWork } from '@mallbots/tm';
import type { Basket } from '../domain/basket.ts';
import type { BasketRepository } from '../persistence/basket.repository.ts';
import { publishBasketEvents } from './basket-events.ts';

/** Appends the basket's new events and writes the integration events they imply, in one transaction. */
export async function saveBasket(repo: BasketRepository, uow: UnitOfWork, basket: Basket): Promise<void> {
  const stored = await repo.save(uow, basket);
  publishBasketEvents(uow, basket, stored);
}
