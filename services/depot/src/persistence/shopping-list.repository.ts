/**
 * Maps ShoppingList aggregates to `shopping_lists` rows. Always used with the unit of work's EntityManager.
 *
 * Writers load with `forUpdate` (SELECT … FOR UPDATE): two bots assigning the same list, or a cancel racing a
 * completion, are serialised, and the second sees the first's result instead of overwriting it.
 * `insertOnce` relies on the unique order_id: of two concurrent creations for one order, the second waits for the
 * first to commit, inserts nothing and returns the first list's id.
 */
import type { EntityManager } from '@mallbots/db';
import { NotFound } from '@mallbots/rpc/errors';
import { LockMode, type InferEntity } from '@mikro-orm/core';
import { ShoppingList, type ShoppingListStatus } from '../domain/shopping-list.ts';
import { ShoppingListRecord } from './shopping-list.entity.ts';

type Row = InferEntity<typeof ShoppingListRecord>;

const toDomain = (row: Row): ShoppingList =>
  ShoppingList.restore({
    id: row.id,
    orderId: row.orderId,
    stops: row.stops,
    assignedBotId: row.assignedBotId ?? '',
    status: row.status as ShoppingListStatus,
  });

export interface ListFilter {
  status?: ShoppingListStatus | undefined;
  orderId?: string | undefined;
  limit: number;
}

export class ShoppingListRepository {
  readonly #table: string;

  constructor(schema: string) {
    this.#table = `"${schema}".shopping_lists`;
  }

  /** The list; NOT_FOUND when unknown. `forUpdate` locks the row until the unit of work ends. */
  async find(em: EntityManager, id: string, opts: { forUpdate?: boolean } = {}): Promise<ShoppingList> {
    const row = await em.findOne(ShoppingListRecord, { id }, opts.forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!row) throw new NotFound(`shopping list ${id} not found`);
    return toDomain(row);
  }

  /** The list of an order, if there is one. */
  async findByOrder(em: EntityManager, orderId: string, opts: { forUpdate?: boolean } = {}): Promise<ShoppingList | undefined> {
    const row = await em.findOne(ShoppingListRecord, { orderId }, opts.forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    return row ? toDomain(row) : undefined;
  }

  /** Oldest first; the limit is bounded by the caller. */
  async list(em: EntityManager, filter: ListFilter): Promise<ShoppingList[]> {
    const where: { status?: string; orderId?: string } = {};
    if (filter.status) where.status = filter.status;
    if (filter.orderId) where.orderId = filter.orderId;
    const rows = await em.find(ShoppingListRecord, where, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: filter.limit });
    return rows.map(toDomain);
  }

  /** Inserts a new list unless its order already has one; returns the id of the order's list either way. */
  async insertOnce(em: EntityManager, list: ShoppingList): Promise<string> {
    const s = list.state();
    const inserted = await em.execute<{ id: string }[]>(
      `insert into ${this.#table} (id, order_id, stops, assigned_bot_id, status)
       values (?, ?, ?::jsonb, null, ?)
       on conflict (order_id) do nothing
       returning id`,
      [s.id, s.orderId, JSON.stringify(s.stops), s.status],
    );
    if (inserted[0]) return inserted[0].id;
    const existing = await em.execute<{ id: string }[]>(`select id from ${this.#table} where order_id = ?`, [s.orderId]);
    if (!existing[0]) throw new Error(`shopping list of order ${s.orderId} vanished during insert`);
    return existing[0].id;
  }

  /** Writes the mutable fields of an existing list (loaded in this unit of work). */
  async update(em: EntityManager, list: ShoppingList): Promise<void> {
    const row = await em.findOne(ShoppingListRecord, { id: list.id });
    if (!row) throw new NotFound(`shopping list ${list.id} not found`);
    row.status = list.status;
    row.assignedBotId = list.assignedBotId === '' ? null : list.assignedBotId;
    await em.flush();
  }
}
