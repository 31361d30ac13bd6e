import type { UnitOfWork } from '@mallbots/tm';
import type { NewOrder } from '../domain/order.ts';
import type { OrderRepository } from '../persistence/order.repository.ts';
import { publishOrderEvents } from './order-events.ts';

/**
 * Creates a pending order with the given id and publishes OrderCreated (which starts the create-order saga).
 * ALREADY_EXISTS when an order with that id exists.
 */
export async function createOrder(orders: OrderRepository, uow: UnitOfWork, id: string, input: NewOrder): Promise<void> {
  const order = await orders.lockAndLoad(uow, id);
  order.create(input);
  publishOrderEvents(uow, order, await orders.save(uow, order));
}
