import type { UnitOfWork } from '@mallbots/tm';
import type { OrderRepository } from '../persistence/order.repository.ts';
import { changeOrder } from './change-order.ts';

/**
 * Saga compensation (RejectOrder): pending -> rejected; publishes OrderRejected. Already rejected (a repeat) or
 * cancelled (nothing left to undo) is a no-op success; approved and later statuses are FAILED_PRECONDITION.
 */
export async function rejectOrder(orders: OrderRepository, uow: UnitOfWork, id: string): Promise<void> {
  await changeOrder(orders, uow, id, (o) => o.reject());
}
