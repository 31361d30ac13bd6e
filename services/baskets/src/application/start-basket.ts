import { randomUUID } from 'node:crypto';
import type { UnitOfWork } from '@mallbots/tm';
import { Basket } from '../domain/basket.ts';
import type { BasketRepository } from '../persistence/basket.repository.ts';
import { saveBasket } from './save-basket.ts';

/** Starts an open basket for the customer; publishes BasketStarted. Returns the new basket id. */
export async function startBasket(repo: BasketRepository, uow: UnitOfWork, customerId: string): Promise<string> {
  const basket = Basket.start(randomUUID(), customerId);
  await saveBasket(repo, uow, basket);
  return basket.id;
}
