import type { UnitOfWork } from '@mallbots/tm';
import type { Order } from '../domain/order.ts';
import type { OrderRepository } from '../persistence/order.repository.ts';
import { publishOrderEvents } from './order-events.ts';

/**
 * The shape of every state change: lock the order, load it (NOT_FOUND if unknown), apply one domain method, append
 * what it raised and publish it. A no-op (an idempotent repeat) stores and publishes nothing.
 */
export async function changeOrder(
  orders: OrderRepository,
  uow: UnitOfWork,
  id: string,
  apply: (order: Order) => void,
): Promise<Order> {
  const order = await orders.lockAndFind(uow, id);
  apply(order);
  publishOrderEvents(uow, order, await orders.save(uow, order));
  return order;
}
