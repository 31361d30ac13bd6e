import type { UnitOfWork } from '@mallbots/tm';
import type { ShoppingListRepository } from '../persistence/shopping-list.repository.ts';
import { changeShoppingList } from './change-shopping-list.ts';

/** assigned -> completed; publishes ShoppingListCompleted, on which ordering makes the order ready. */
export async function completeShoppingList(lists: ShoppingListRepository, uow: UnitOfWork, id: string): Promise<void> {
  await changeShoppingList(lists, uow, id, (l) => l.complete());
}
