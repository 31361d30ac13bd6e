import type { UnitOfWork } from '@mallbots/tm';
import { ShoppingListStatus } from '../domain/shopping-list.ts';
import type { ShoppingListRepository } from '../persistence/shopping-list.repository.ts';
import { applyAndSave } from './change-shopping-list.ts';

/**
 * OrderCanceled or OrderRejected -> cancel the order's list (the original never told depot). Found by order id:
 * such an order was pending, so it carries no shopping id yet, although the saga may already have created a list.
 * Rejection is the saga's own business, but it cannot always name the list: when the CreateShoppingList step timed
 * out, the list may exist without the saga knowing its id; this undoes it all the same.
 * No list (the saga had not reached depot) or a list already cancelled: nothing to do. A completed list cannot be
 * cancelled: FAILED_PRECONDITION, and the event is dead-lettered with the reason for an operator.
 * Returns whether a list was cancelled.
 */
export async function cancelOrderShoppingList(lists: ShoppingListRepository, uow: UnitOfWork, orderId: string): Promise<boolean> {
  const list = await lists.findByOrder(uow, orderId, { forUpdate: true });
  if (!list || list.status === ShoppingListStatus.Canceled) return false;
  await applyAndSave(lists, uow, list, (l) => l.cancel());
  return true;
}
