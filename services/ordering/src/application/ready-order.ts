import type { UnitOfWork } from '@mallbots/tm';
import type { OrderRepository } from '../persistence/order.repository.ts';
import { changeOrder } from './change-order.ts';

/** Approved -> ready; publishes OrderReadied with the total (payments then creates the invoice). */
export async function readyOrder(orders: OrderRepository, uow: UnitOfWork, id: string): Promise<void> {
  await changeOrder(orders, uow, id, (o) => o.ready());
}
