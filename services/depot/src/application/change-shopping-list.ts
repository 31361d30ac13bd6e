import type { UnitOfWork } from '@mallbots/tm';
import type { ShoppingList } from '../domain/shopping-list.ts';
import type { ShoppingListRepository } from '../persistence/shopping-list.repository.ts';
import { publishShoppingListEvents } from './shopping-list-events.ts';

/**
 * The shape of every state change: load the list locked (NOT_FOUND if unknown), apply one domain change (which
 * may decide that there is nothing to do), save it if it changed and publish what it recorded.
 */
export async function changeShoppingList(
  lists: ShoppingListRepository,
  uow: UnitOfWork,
  id: string,
  apply: (list: ShoppingList) => void,
): Promise<ShoppingList> {
  const list = await lists.find(uow, id, { forUpdate: true });
  await applyAndSave(lists, uow, list, apply);
  return list;
}

export async function applyAndSave(
  lists: ShoppingListRepository,
  uow: UnitOfWork,
  list: ShoppingList,
  apply: (list: ShoppingList) => void,
): Promise<void> {
  const before = list.status;
  apply(list);
  if (list.status !== before) lists.update(uow, list);
  publishShoppingListEvents(uow, list);
}
