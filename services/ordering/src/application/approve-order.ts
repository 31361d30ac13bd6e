import type { UnitOfWork } from '@mallbots/tm';
import type { OrderRepository } from '../persistence/order.repository.ts';
import { changeOrder } from './change-order.ts';

/**
 * Saga step 5 (ApproveOrder): pending -> approved with the shopping list id; publishes OrderApproved. A repeat with
 * the same shopping id is a no-op success; any other status is FAILED_PRECONDITION.
 */
export async function approveOrder(orders: OrderRepository, uow: UnitOfWork, id: string, shoppingId: string): Promise<void> {
  await changeOrder(orders, uow, id, (o) => o.approve(shoppingId));
}
