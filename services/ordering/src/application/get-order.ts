import type { UnitOfWork } from '@mallbots/tm';
import type { Order } from '../domain/order.ts';
import type { OrderRepository } from '../persistence/order.repository.ts';

/** The order; NOT_FOUND for an unknown id. */
export function getOrder(orders: OrderRepository, uow: UnitOfWork, id: string): Promise<Order> {
  return orders.find(uow, id);
}
