/**
 * Maps ShoppingList aggregates to `shopping_lists` rows, within a unit of work: the saga's paths read through
 * `readAll` (prepared statements, no EntityManager), the rest through the unit of work's EntityManager.
 *
 * Writers load with `forUpdate` (SELECT … FOR UPDATE): two bots assigning the same list, or a cancel racing a
 * completion, are serialised, and the second sees the first's result instead of overwriting it.
 * `insertOnce` relies on the unique order_id: of two concurrent creations for one order, the second waits for the
 * first to commit, inserts nothing and returns the first list's id.
 */
import type { EntityManager } from '@mallbots/db';
import type { Read, UnitOfWork } from '@mallbots/tm';
import { NotFound } from '@mallbots/rpc/errors';
import type { InferEntity } from '@mikro-orm/core';
import { ShoppingList, type ShoppingListStatus } from '../domain/shopping-list.ts';
import { ShoppingListRecord } from './shopping-list.entity.ts';

type Row = InferEntity<typeof ShoppingListRecord>;

/** A row as raw SQL returns it (snake case; jsonb may come back as text). */
interface RawRow {
  id: string;
  order_id: string;
  stops: Row['stops'] | string;
  assigned_bot_id: string | null;
  status: string;
}

const toDomain = (row: Row): ShoppingList =>
  ShoppingList.restore({
    id: row.id,
    orderId: row.orderId,
    stops: row.stops,
    assignedBotId: row.assignedBotId ?? '',
    status: row.status as ShoppingListStatus,
  });

const rawToDomain = (row: RawRow): ShoppingList =>
  ShoppingList.restore({
    id: row.id,
    orderId: row.order_id,
    stops: typeof row.stops === 'string' ? (JSON.parse(row.stops) as Row['stops']) : row.stops,
    assignedBotId: row.assigned_bot_id ?? '',
    status: row.status as ShoppingListStatus,
  });

export interface ListFilter {
  status?: ShoppingListStatus | undefined;
  orderId?: string | undefined;
  limit: number;
}

/** Another unit of work created the order's list first (see `insertAtCommit`). */
export class ShoppingListRaced extends Error {
  constructor(orderId: string) {
    super(`order ${orderId} got a shopping list concurrently; retrying`);
    this.name = 'ShoppingListRaced';
  }
}

export class ShoppingListRepository {
  readonly #table: string;

  constructor(schema: string) {
    this.#table = `"${schema}".shopping_lists`;
  }

  // The saga's hot paths (find, findByOrder, update) are raw SQL: one statement each, without the ORM's entity
  // loading and change-set computation (30 % of depot's CPU in the saga benchmark, docs/performance.md).

  /** The list; NOT_FOUND when unknown. `forUpdate` locks the row until the unit of work ends. */
  async find(uow: UnitOfWork, id: string, opts: { forUpdate?: boolean } = {}): Promise<ShoppingList> {
    const row = await this.#select(uow, 'id', id, opts.forUpdate);
    if (!row) throw new NotFound(`shopping list ${id} not found`);
    return row;
  }

  /** `findByOrder` (no lock) as a read for `UnitOfWork.readAll`. */
  byOrderRead(orderId: string): Read<ShoppingList | undefined> {
    return this.#read('order_id', orderId, false);
  }

  /** The list of an order, if there is one. */
  async findByOrder(uow: UnitOfWork, orderId: string, opts: { forUpdate?: boolean } = {}): Promise<ShoppingList | undefined> {
    return this.#select(uow, 'order_id', orderId, opts.forUpdate);
  }

  /** Through `readAll`: a prepared statement, and no EntityManager for the unit of work. */
  async #select(uow: UnitOfWork, column: 'id' | 'order_id', value: string, forUpdate = false): Promise<ShoppingList | undefined> {
    const [list] = await uow.readAll([this.#read(column, value, forUpdate)] as const);
    return list;
  }

  #read(column: 'id' | 'order_id', value: string, forUpdate: boolean): Read<ShoppingList | undefined> {
    return {
      sql: `select id, order_id, stops, assigned_bot_id, status from ${this.#table} where ${column} = ?${forUpdate ? ' for update' : ''}`,
      params: [value],
      map: (rows) => (rows[0] ? rawToDomain(rows[0] as unknown as RawRow) : undefined),
    };
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

  /**
   * Queues the insert of a new list as a closing write of the unit of work; if its order got a list meanwhile, the
   * unit of work fails with ShoppingListRaced (not a domain error: the caller retries and finds that list).
   */
  insertAtCommit(uow: UnitOfWork, list: ShoppingList): void {
    const s = list.state();
    uow.write(
      `insert into ${this.#table} (id, order_id, stops, assigned_bot_id, status)
       values (?, ?, ?::jsonb, null, ?)
       on conflict (order_id) do nothing`,
      [s.id, s.orderId, JSON.stringify(s.stops), s.status],
      { rows: 1, error: () => new ShoppingListRaced(s.orderId) },
    );
  }

  /**
   * Queues the write of the mutable fields of an existing list (loaded in this unit of work): a closing write, it
   * commits with the unit of work, which fails with NOT_FOUND if the row is gone.
   */
  update(uow: UnitOfWork, list: ShoppingList): void {
    const id = list.id;
    uow.write(
      `update ${this.#table} set status = ?, assigned_bot_id = ?, updated_at = now() where id = ?`,
      [list.status, list.assignedBotId === '' ? null : list.assignedBotId, id],
      { rows: 1, error: () => new NotFound(`shopping list ${id} not found`) },
    );
  }
}
