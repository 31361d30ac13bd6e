import { NotFound } from '@mallbots/rpc/errors';
import type { UnitOfWork } from '@mallbots/tm';
import type { OrderView } from '../domain/order-view.ts';
import type { OrderViewRepository } from '../persistence/order-view.repository.ts';

/** One order of the read model; NOT_FOUND if search has not heard of it. */
export async function getOrder(orders: OrderViewRepository, uow: UnitOfWork, orderId: string): Promise<OrderView> {
  const view = await orders.find(uow.em, orderId);
  if (!view) throw new NotFound(`order ${orderId} not found`);
  return view;
}
