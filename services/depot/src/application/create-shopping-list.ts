import { randomUUID } from 'node:crypto';
import type { UnitOfWork } from '@mallbots/tm';
import { ShoppingList } from '../domain/shopping-list.ts';
import type { ShoppingListRepository } from '../persistence/shopping-list.repository.ts';
import { catalogIds, lookupShoppingLines, type CatalogDeps, type OrderLine } from './lookup-shopping-lines.ts';

export interface CreateShoppingList {
  orderId: string;
  items: readonly OrderLine[];
}

export interface CreatedShoppingList {
  id: string;
  /** false: the order already had a list, whose id is returned (nothing was looked up or written). */
  created: boolean;
}

/**
 * Creates the pending shopping list of an order, its stops named from the catalogue (cache, then stores).
 * One list per order: if the order has one (a redelivered or retried saga step, a concurrent duplicate), its id
 * is returned with created = false; the adapters decide whether that is a success (saga) or ALREADY_EXISTS (gRPC).
 *
 * `insert: 'at-commit'` (the saga command) queues the insert as a closing write instead of a statement of its own
 * (one round trip less): a concurrent duplicate that committed first then fails the unit of work with
 * ShoppingListRaced, a plain error, so the command is redelivered and finds that list. The gRPC call inserts at
 * once, so its caller gets the existing list's id (ALREADY_EXISTS) rather than a retry.
 */
export async function createShoppingList(
  deps: CatalogDeps & { lists: ShoppingListRepository },
  uow: UnitOfWork,
  cmd: CreateShoppingList,
  opts: { insert?: 'now' | 'at-commit' } = {},
): Promise<CreatedShoppingList> {
  // the order's list and the catalogue caches in one round trip (the look-up is wasted only on a repeat)
  const { productIds, storeIds } = catalogIds(cmd.items);
  const [existing, cached] = await uow.readAll([
    deps.lists.byOrderRead(cmd.orderId),
    deps.cache.lookupRead(productIds, storeIds),
  ] as const);
  if (existing) return { id: existing.id, created: false };
  const lines = await lookupShoppingLines(deps, uow, cmd.items, cached);
  const list = ShoppingList.create(randomUUID(), cmd.orderId, lines);
  if (opts.insert === 'at-commit') {
    deps.lists.insertAtCommit(uow, list);
    return { id: list.id, created: true };
  }
  const id = await deps.lists.insertOnce(uow.em, list);
  return { id, created: id === list.id };
}
