import type { UnitOfWork } from '@mallbots/tm';
import type { ShoppingList } from '../domain/shopping-list.ts';
import type { ShoppingListRepository } from '../persistence/shopping-list.repository.ts';

/** The list; NOT_FOUND for an unknown id. */
export function getShoppingList(lists: ShoppingListRepository, uow: UnitOfWork, id: string): Promise<ShoppingList> {
  return lists.find(uow, id);
}
