import type { UnitOfWork } from '@mallbots/tm';
import type { OrderRepository } from '../persistence/order.repository.ts';
import { changeOrder } from './change-order.ts';

/**
 * Cancels a pending order and publishes OrderCanceled; depot consumes it and cancels the order's shopping list
 * (found by order id: a pending order has no shopping id yet, although the saga may already have created a list).
 */
export async function cancelOrder(orders: OrderRepository, uow: UnitOfWork, id: string): Promise<void> {
  await changeOrder(orders, uow, id, (o) => o.cancel());
}
