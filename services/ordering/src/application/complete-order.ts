import type { UnitOfWork } from '@mallbots/tm';
import type { OrderRepository } from '../persistence/order.repository.ts';
import { changeOrder } from './change-order.ts';

/** Ready -> completed, keeping the paid invoice's id (the original dropped it); publishes OrderCompleted. */
export async function completeOrder(orders: OrderRepository, uow: UnitOfWork, id: string, invoiceId: string): Promise<void> {
  await changeOrder(orders, uow, id, (o) => o.complete(invoiceId));
}
