/**
 * The local copy of the stores catalogue that prices basket lines: `stores_cache` and `products_cache`.
 *
 * Contract: every write is an idempotent, order-independent upsert keyed by the stores aggregate version that the
 * fact comes from (an event's `version`, or the `version` a stores gRPC answer carries), so redeliveries, events
 * arriving out of order (retries go through delay queues) and a gRPC fallback racing the events all converge on
 * the newest state:
 * - a store row has one version: StoreCreated and StoreRebranded both carry the whole cached state (the name);
 * - a product row keeps one version per field group, because its events are partial: ProductRebranded carries only
 *   the name, the price events only the price. With a single row version, a price change (v3) delivered before a
 *   rebrand (v2) would make the rebrand look stale and lose the new name. So `name` changes only for a newer
 *   `name_version`, `price` only for a newer `price_version`; `store_id` never changes once known; `removed` is
 *   final; `version` is the newest version seen. Fields not known yet are null: such a row is incomplete and a
 *   lookup treats it as a miss (gRPC fallback).
 * - prices are stored as absolute values (the events' `price`), never by adding deltas, so a lost, repeated or
 *   reordered price event cannot skew the price.
 */
import type { EntityManager } from '@mallbots/db';
import type { Read } from '@mallbots/tm';

/** One fact about a product, as an event or a stores answer states it; absent fields are not part of the fact. */
export interface ProductFact {
  id: string;
  version: number;
  storeId?: string;
  name?: string;
  price?: number;
  removed?: boolean;
}

export interface CachedProduct {
  id: string;
  storeId: string | null;
  name: string | null;
  price: number | null;
  removed: boolean;
}

export interface CachedStore {
  id: string;
  name: string;
}

interface ProductRow {
  id: string;
  store_id: string | null;
  name: string | null;
  price: string | number | null;
  removed: boolean;
}

// numeric comes back from PostgreSQL as a string.
const toCached = (r: ProductRow): CachedProduct => ({
  id: r.id,
  storeId: r.store_id,
  name: r.name,
  price: r.price === null ? null : Number(r.price),
  removed: r.removed,
});

export class CatalogueCache {
  readonly #stores: string;
  readonly #products: string;

  constructor(schema: string) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema "${schema}"`);
    this.#stores = `"${schema}".stores_cache`;
    this.#products = `"${schema}".products_cache`;
  }

  /** Records a store's name as of `version`; older or equal versions change nothing. */
  async upsertStore(em: EntityManager, store: { id: string; name: string; version: number }): Promise<void> {
    await em.execute(
      `insert into ${this.#stores} as c (id, name, version) values (?, ?, ?)
       on conflict (id) do update set name = excluded.name, version = excluded.version, updated_at = now()
       where excluded.version > c.version`,
      [store.id, store.name, store.version],
      'run',
    );
  }

  /** Merges one product fact (see the contract above). */
  async upsertProduct(em: EntityManager, f: ProductFact): Promise<void> {
    const hasName = f.name !== undefined;
    const hasPrice = f.price !== undefined;
    await em.execute(
      `insert into ${this.#products} as c (id, store_id, name, name_version, price, price_version, removed, version)
       values (?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (id) do update set
         store_id = coalesce(c.store_id, excluded.store_id),
         name = case when excluded.name_version > c.name_version then excluded.name else c.name end,
         name_version = greatest(c.name_version, excluded.name_version),
         price = case when excluded.price_version > c.price_version then excluded.price else c.price end,
         price_version = greatest(c.price_version, excluded.price_version),
         removed = c.removed or excluded.removed,
         version = greatest(c.version, excluded.version),
         updated_at = now()
       where excluded.name_version > c.name_version
          or excluded.price_version > c.price_version
          or (c.store_id is null and excluded.store_id is not null)
          or (excluded.removed and not c.removed)
          or excluded.version > c.version`,
      [
        f.id,
        f.storeId ?? null,
        hasName ? f.name : null,
        hasName ? f.version : 0,
        hasPrice ? f.price : null,
        hasPrice ? f.version : 0,
        f.removed ?? false,
        f.version,
      ],
      'run',
    );
  }

  /**
   * A product's row and its store's cached name in one query, as a read for `UnitOfWork.readAll` (AddItem reads
   * it with the basket). `storeName` is undefined when the product or its store is not cached.
   */
  productWithStoreRead(id: string): Read<{ product: CachedProduct | undefined; storeName: string | undefined }> {
    return {
      sql: `select p.id, p.store_id, p.name, p.price, p.removed, s.name as store_name
              from ${this.#products} p left join ${this.#stores} s on s.id = p.store_id
             where p.id = ?`,
      params: [id],
      map: (rows) => {
        const r = rows[0] as (ProductRow & { store_name: string | null }) | undefined;
        if (!r) return { product: undefined, storeName: undefined };
        return { product: toCached(r), storeName: r.store_name ?? undefined };
      },
    };
  }

  async findProduct(em: EntityManager, id: string): Promise<CachedProduct | undefined> {
    const rows = await em.execute<ProductRow[]>(`select id, store_id, name, price, removed from ${this.#products} where id = ?`, [
      id,
    ]);
    const r = rows[0];
    return r ? toCached(r) : undefined;
  }

  async findStore(em: EntityManager, id: string): Promise<CachedStore | undefined> {
    const rows = await em.execute<CachedStore[]>(`select id, name from ${this.#stores} where id = ?`, [id]);
    return rows[0];
  }
}
