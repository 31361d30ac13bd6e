import type { UnitOfWork } from '@mallbots/tm';
import type { ShoppingListRepository } from '../persistence/shopping-list.repository.ts';
import { changeShoppingList } from './change-shopping-list.ts';

/**
 * pending -> available: the bots can now take the list (the original never changed the status). Over gRPC a list
 * that is not pending is FAILED_PRECONDITION; for the saga (`repeatIsSuccess`) a list that was already initiated
 * (available, or even assigned or completed by a quick bot) is a no-op success, since the command may be resent.
 * A cancelled list is FAILED_PRECONDITION either way.
 */
export async function initiateShopping(
  lists: ShoppingListRepository,
  uow: UnitOfWork,
  id: string,
  opts: { repeatIsSuccess?: boolean } = {},
): Promise<void> {
  await changeShoppingList(lists, uow, id, (l) => {
    if (opts.repeatIsSuccess && l.initiated) return;
    l.initiate();
  });
}
