import type { UnitOfWork } from '@mallbots/tm';
import type { BasketItem, BasketStatus } from '../domain/basket.ts';
import type { BasketRepository } from '../persistence/basket.repository.ts';

export interface BasketView {
  id: string;
  customerId: string;
  paymentId: string;
  status: BasketStatus;
  items: BasketItem[];
}

export async function getBasket(repo: BasketRepository, uow: UnitOfWork, basketId: string): Promise<BasketView> {
  const b = await repo.find(uow, basketId);
  return { id: b.id, customerId: b.customerId, paymentId: b.paymentId, status: b.status, items: b.items };
}
