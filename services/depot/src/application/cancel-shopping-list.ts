import type { UnitOfWork } from '@mallbots/tm';
import { ShoppingListStatus } from '../domain/shopping-list.ts';
import type { ShoppingListRepository } from '../persistence/shopping-list.repository.ts';
import { changeShoppingList } from './change-shopping-list.ts';

/**
 * Cancels a list that is not completed. Over gRPC a second cancel is FAILED_PRECONDITION; for the saga's
 * compensation (`repeatIsSuccess`) an already cancelled list is a no-op success, since the command may be resent.
 */
export async function cancelShoppingList(
  lists: ShoppingListRepository,
  uow: UnitOfWork,
  id: string,
  opts: { repeatIsSuccess?: boolean } = {},
): Promise<void> {
  await changeShoppingList(lists, uow, id, (l) => {
    if (opts.repeatIsSuccess && l.status === ShoppingListStatus.Canceled) return;
    l.cancel();
  });
}
