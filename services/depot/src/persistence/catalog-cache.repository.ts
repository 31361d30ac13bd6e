/**
 * The store and product caches (`stores_cache`, `products_cache`): what depot knows of the stores catalogue to
 * name the stops of a shopping list. Written by stores events and by the gRPC fallback, read by the look-up.
 *
 * Every write is one versioned upsert, safe under redelivery and reordering:
 * - a name is replaced only by a strictly newer version (stores' aggregate version), so a late event never
 *   overwrites a newer state, and a repeated event changes nothing;
 * - a store's location and a product's store never change in stores, so they are filled whenever they are
 *   missing, whatever the version: an event that arrives before the creation event (e.g. a rebrand retried ahead
 *   of it) leaves a partial row that the creation event or a look-up completes;
 * - removal is final (a removed product never returns; a new product gets a new id).
 * Raw SQL, because the conditional `on conflict … do update` is the point of these writes.
 */
import type { EntityManager } from '@mallbots/db';
import type { Read } from '@mallbots/tm';

export interface CachedStore {
  id: string;
  name: string | null;
  location: string | null;
  version: number;
}

export interface CachedProduct {
  id: string;
  storeId: string | null;
  name: string | null;
  removed: boolean;
  version: number;
}

export interface StoreUpsert {
  id: string;
  name?: string | undefined;
  location?: string | undefined;
  version: number;
}

export interface ProductUpsert {
  id: string;
  storeId?: string | undefined;
  name?: string | undefined;
  removed?: boolean;
  version: number;
}

/** What the caches know of an order's products and stores (absent: not cached). */
export interface CatalogLookup {
  products: Map<string, CachedProduct>;
  stores: Map<string, CachedStore>;
}

interface LookupRow {
  kind: 'p' | 's';
  id: string;
  store_id: string | null;
  name: string | null;
  location: string | null;
  removed: boolean;
  version: number;
}

/** A PostgreSQL array literal of UUIDs (the ORM would expand a JS array into a parameter list). */
const uuidArray = (ids: readonly string[]): string => `{${ids.join(',')}}`;

export class CatalogCacheRepository {
  readonly #stores: string;
  readonly #products: string;

  constructor(schema: string) {
    this.#stores = `"${schema}".stores_cache`;
    this.#products = `"${schema}".products_cache`;
  }

  async upsertStore(em: EntityManager, s: StoreUpsert): Promise<void> {
    await em.execute(
      `insert into ${this.#stores} as c (id, name, location, version) values (?, ?, ?, ?)
       on conflict (id) do update set
         name = case when excluded.version > c.version then coalesce(excluded.name, c.name) else coalesce(c.name, excluded.name) end,
         location = coalesce(c.location, excluded.location),
         version = greatest(c.version, excluded.version),
         updated_at = now()`,
      [s.id, s.name ?? null, s.location ?? null, s.version],
      'run',
    );
  }

  async upsertProduct(em: EntityManager, p: ProductUpsert): Promise<void> {
    await em.execute(
      `insert into ${this.#products} as c (id, store_id, name, removed, version) values (?, ?, ?, ?, ?)
       on conflict (id) do update set
         store_id = coalesce(c.store_id, excluded.store_id),
         name = case when excluded.version > c.version then coalesce(excluded.name, c.name) else coalesce(c.name, excluded.name) end,
         removed = c.removed or excluded.removed,
         version = greatest(c.version, excluded.version),
         updated_at = now()`,
      [p.id, p.storeId ?? null, p.name ?? null, p.removed ?? false, p.version],
      'run',
    );
  }

  /** The cached products and stores of an order, read with one statement. */
  /** Both caches for an order's products and stores in one query, as a read for `UnitOfWork.readAll`. */
  lookupRead(productIds: readonly string[], storeIds: readonly string[]): Read<CatalogLookup> {
    return {
      sql: `select 'p' as kind, id, store_id, name, null::text as location, removed, version
              from ${this.#products} where id = any(?::uuid[])
            union all
            select 's' as kind, id, null, name, location, false, version
              from ${this.#stores} where id = any(?::uuid[])`,
      params: [uuidArray(productIds), uuidArray(storeIds)],
      map: (raw) => {
        const rows = raw as unknown as LookupRow[];
        const products = new Map<string, CachedProduct>();
        const stores = new Map<string, CachedStore>();
        for (const r of rows) {
          if (r.kind === 'p') {
            products.set(r.id, { id: r.id, storeId: r.store_id, name: r.name, removed: r.removed, version: r.version });
          } else {
            stores.set(r.id, { id: r.id, name: r.name, location: r.location, version: r.version });
          }
        }
        return { products, stores };
      },
    };
  }
}
