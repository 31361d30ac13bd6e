import { Names } from '@mallbots/contracts';
import type { UnitOfWork } from '@mallbots/tm';
import type { ShoppingList } from '../domain/shopping-list.ts';

/**
 * Turns a list's recorded domain events into integration events in the unit of work's outbox. Only the completion
 * leaves depot (ordering readies the order on it); the other changes are answered through gRPC or saga replies.
 */
export function publishShoppingListEvents(uow: UnitOfWork, list: ShoppingList): void {
  for (const e of list.pullEvents()) {
    if (e.type === 'ShoppingListCompleted') {
      uow.publish({
        kind: 'event',
        name: Names.depot.ShoppingListCompleted,
        payload: { id: list.id, orderId: list.orderId },
        aggregateId: list.id,
      });
    }
  }
}
