/**
 * The order read model in `search.orders`. Raw SQL where PostgreSQL does the work: the insert is idempotent
 * (ON CONFLICT DO NOTHING, so a second OrderCreated under another message id changes nothing), the status update
 * runs under a row lock taken by `lockVersionRead`, and searches are keyset-paged on (created_at desc, order_id desc),
 * served by the indexes of migration 0001. The event handlers read through the unit of work's `readAll` and write
 * with its closing writes; the gRPC queries use its EntityManager.
 */
import type { EntityManager } from '@mallbots/db';
import type { Read, UnitOfWork } from '@mallbots/tm';
import { isOrderStatus, type OrderLine, type OrderStatus, type OrderView } from '../domain/order-view.ts';
import type { Cursor, SearchFilters } from '../domain/search-criteria.ts';
import { OrderRecord } from './order.entity.ts';

interface OrderRow {
  order_id: string;
  customer_id: string;
  customer_name: string;
  items: OrderLine[];
  total: string;
  status: string;
  store_ids: string[];
  product_ids: string[];
  created_us: string;
  updated_us: string;
  version: number;
}

export interface FoundOrder {
  view: OrderView;
  /** Where the next page starts if this row ends the current one. */
  cursor: Cursor;
}

/** A PostgreSQL array literal of UUIDs (they contain no character that needs quoting). */
const pgArray = (ids: readonly string[]): string => `{${ids.join(',')}}`;

const fromMicros = (micros: string): Date => new Date(Number(BigInt(micros) / 1000n));

/** An exact timestamptz literal for a microsecond cursor (a JS Date would drop the last three digits). */
function microsToIso(micros: string): string {
  const us = BigInt(micros);
  const iso = new Date(Number(us / 1000n)).toISOString(); // 2026-01-02T03:04:05.678Z
  return `${iso.slice(0, -1)}${(us % 1000n).toString().padStart(3, '0')}Z`;
}

function status(value: string): OrderStatus {
  if (!isOrderStatus(value)) throw new Error(`unknown order status "${value}" in search.orders`);
  return value;
}

function fromRow(r: OrderRow): FoundOrder {
  return {
    view: {
      orderId: r.order_id,
      customerId: r.customer_id,
      customerName: r.customer_name,
      items: r.items,
      total: Number(r.total),
      status: status(r.status),
      storeIds: r.store_ids,
      productIds: r.product_ids,
      createdAt: fromMicros(r.created_us),
      updatedAt: fromMicros(r.updated_us),
      version: r.version,
    },
    cursor: { createdAtMicros: r.created_us, orderId: r.order_id },
  };
}

const COLUMNS = `order_id, customer_id, customer_name, items, total::text as total, status, store_ids, product_ids,
  (extract(epoch from created_at) * 1000000)::bigint::text as created_us,
  (extract(epoch from updated_at) * 1000000)::bigint::text as updated_us, version`;

export class OrderViewRepository {
  /** Schema-qualified table name: raw SQL does not go through the ORM's schema mapping. */
  readonly #orders: string;

  constructor(schema: string) {
    this.#orders = `"${schema}".orders`;
  }

  /** Whether the read model has the order, as a read for `UnitOfWork.readAll`. */
  existsRead(orderId: string): Read<boolean> {
    return { sql: `select 1 as one from ${this.#orders} where order_id = ?`, params: [orderId], map: (rows) => rows.length > 0 };
  }

  /** Queues the insert of the order (a closing write of the unit of work); an order already there is left alone. */
  insert(uow: UnitOfWork, v: OrderView): void {
    uow.write(
      `insert into ${this.#orders} (order_id, customer_id, customer_name, items, total, status, store_ids, product_ids, created_at,
                           updated_at, version)
       values (?, ?, ?, ?::jsonb, ?, ?, ?::text[], ?::text[], ?, ?, ?)
       on conflict (order_id) do nothing`,
      [
        v.orderId,
        v.customerId,
        v.customerName,
        JSON.stringify(v.items),
        v.total,
        v.status,
        pgArray(v.storeIds),
        pgArray(v.productIds),
        v.createdAt,
        v.updatedAt,
        v.version,
      ],
    );
  }

  /**
   * The version held for the order, locking its row until the unit of work ends; undefined if unknown. A read for
   * `UnitOfWork.readAll`.
   */
  lockVersionRead(orderId: string): Read<number | undefined> {
    return {
      sql: `select version from ${this.#orders} where order_id = ? for update`,
      params: [orderId],
      map: (rows) => (rows[0] as { version: number } | undefined)?.version,
    };
  }

  /** Queues the status change (a closing write of the unit of work). */
  setStatus(uow: UnitOfWork, orderId: string, s: OrderStatus, version: number): void {
    uow.write(`update ${this.#orders} set status = ?, version = ?, updated_at = now() where order_id = ?`, [s, version, orderId]);
  }

  async find(em: EntityManager, orderId: string): Promise<OrderView | undefined> {
    const r = await em.findOne(OrderRecord, { orderId });
    if (!r) return undefined;
    return {
      orderId: r.orderId,
      customerId: r.customerId,
      customerName: r.customerName,
      items: r.items,
      total: Number(r.total),
      status: status(r.status),
      storeIds: r.storeIds,
      productIds: r.productIds,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      version: r.version,
    };
  }

  /** Up to `take` orders matching every filter, newest first, strictly after `after` when given. */
  async search(em: EntityManager, f: SearchFilters, after: Cursor | undefined, take: number): Promise<FoundOrder[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, ...values: unknown[]): void => {
      where.push(clause);
      params.push(...values);
    };
    if (f.customerId !== undefined) add('customer_id = ?', f.customerId);
    if (f.after !== undefined) add('created_at >= ?', f.after);
    if (f.before !== undefined) add('created_at < ?', f.before);
    if (f.storeIds.length > 0) add('store_ids && ?::text[]', pgArray(f.storeIds));
    if (f.productIds.length > 0) add('product_ids && ?::text[]', pgArray(f.productIds));
    if (f.minTotal !== undefined) add('total >= ?', f.minTotal);
    if (f.maxTotal !== undefined) add('total <= ?', f.maxTotal);
    if (f.status !== undefined) add('status = ?', f.status);
    if (after !== undefined)
      add('(created_at, order_id) < (?::timestamptz, ?::uuid)', microsToIso(after.createdAtMicros), after.orderId);
    const rows = await em.execute<OrderRow[]>(
      `select ${COLUMNS} from ${this.#orders} ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
       order by created_at desc, order_id desc
       limit ?`,
      [...params, take],
    );
    return rows.map(fromRow);
  }
}
