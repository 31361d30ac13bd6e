import type { UnitOfWork } from '@mallbots/tm';
import type { ShoppingListRepository } from '../persistence/shopping-list.repository.ts';
import { changeShoppingList } from './change-shopping-list.ts';

/** available -> assigned to a bot. Two bots racing for one list: the row lock lets one win, the other gets FAILED_PRECONDITION. */
export async function assignShoppingList(
  lists: ShoppingListRepository,
  uow: UnitOfWork,
  id: string,
  botId: string,
): Promise<void> {
  await changeShoppingList(lists, uow, id, (l) => l.assign(botId));
}
