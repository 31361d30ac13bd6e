/**
 * Saga participant (group `depot.commands`): CreateShoppingList (create-order step 2), its compensation
 * CancelShoppingList, and InitiateShopping (step 4). lib/runtime's commandHandlers always replies: the handler's
 * reply or Success, or Failure{code, message} for a DomainError, with the handler's changes rolled back.
 *
 * Idempotency: CreateShoppingList returns the order's existing list when there is one (a resent or retried step
 * never makes a second list; a copy that raced another to the insert fails its unit of work and, redelivered,
 * finds the winner's list); cancelling a cancelled list and initiating an initiated one are successes.
 * A stores outage during the catalogue look-up is not the order's fault: it is rethrown as a plain error, so the
 * command is retried with backoff instead of failing the saga (after the last attempt it is dead-lettered and the
 * saga's step deadline decides).
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { ErrorKind, isDomainError } from '@mallbots/rpc/errors';
import { commandHandlers, type MessageConsumer } from '@mallbots/runtime';
import type { Logger } from '@mallbots/telemetry';
import { cancelShoppingList } from '../application/cancel-shopping-list.ts';
import { createShoppingList } from '../application/create-shopping-list.ts';
import { initiateShopping } from '../application/initiate-shopping.ts';
import type { CatalogDeps } from '../application/lookup-shopping-lines.ts';
import { parseCreateShoppingList } from '../application/shopping-list-input.ts';
import type { ShoppingListRepository } from '../persistence/shopping-list.repository.ts';

/** A transient failure: retried by the consumer rather than answered with a Failure. */
export class StoresUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoresUnavailable';
  }
}

export function depotCommands(deps: CatalogDeps & { lists: ShoppingListRepository; logger: Logger }): MessageConsumer {
  const { lists } = deps;
  return {
    group: 'depot.commands',
    exchange: 'commands',
    handlers: commandHandlers({
      [Names.depot.CreateShoppingList]: async (cmd, uow) => {
        const input = parseCreateShoppingList(cmd);
        try {
          const r = await createShoppingList(deps, uow, input, { insert: 'at-commit' });
          if (!r.created) deps.logger.info({ orderId: input.orderId, shoppingListId: r.id }, 'order already has a shopping list');
          return { name: Names.depot.CreatedShoppingList, payload: { id: r.id } };
        } catch (err) {
          if (isDomainError(err) && err.kind === ErrorKind.Unavailable) throw new StoresUnavailable(err.message);
          throw err;
        }
      },
      [Names.depot.CancelShoppingList]: async (cmd, uow) => {
        await cancelShoppingList(lists, uow, validate.requiredId(cmd.id, 'id'), { repeatIsSuccess: true });
      },
      [Names.depot.InitiateShopping]: async (cmd, uow) => {
        await initiateShopping(lists, uow, validate.requiredId(cmd.id, 'id'), { repeatIsSuccess: true });
      },
    }),
  };
}
