import type { UnitOfWork } from '@mallbots/tm';
import type { ShoppingList } from '../domain/shopping-list.ts';
import type { ListFilter, ShoppingListRepository } from '../persistence/shopping-list.repository.ts';

/** Lists oldest first, optionally by status and order; bots ask for the available ones. */
export function listShoppingLists(lists: ShoppingListRepository, uow: UnitOfWork, filter: ListFilter): Promise<ShoppingList[]> {
  return lists.list(uow.em, filter);
}
