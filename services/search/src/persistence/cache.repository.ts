/**
 * The name caches of search (`customers_cache`, `stores_cache`, `products_cache`), fed by events and by the gRPC
 * fallback. Store and product rows carry the aggregate version of their name and every write is a versioned
 * upsert in one statement: a newer name wins, an older or repeated event changes nothing, and the order in which
 * events (or a fallback answer) arrive does not matter. Customers have no versioned events: the first name
 * written stays (CustomerRegistered and GetCustomer agree on it).
 */
import type { EntityManager } from '@mallbots/db';
import type { Read } from '@mallbots/tm';
import type { KnownNames, NameCache } from '../application/ports.ts';

export interface CachedStore {
  id: string;
  name: string;
  version: number;
}

export interface CachedProduct {
  id: string;
  /** null when the event does not say (ProductRebranded); a product never changes store. */
  storeId: string | null;
  name: string;
  version: number;
}

/** A PostgreSQL array literal of UUIDs (validated ids; the ORM would expand a JS array into a parameter list). */
const uuidArray = (ids: readonly string[]): string => `{${ids.join(',')}}`;

export class CacheRepository implements NameCache {
  // Schema-qualified table names: raw SQL does not go through the ORM's schema mapping.
  readonly #customers: string;
  readonly #stores: string;
  readonly #products: string;

  constructor(schema: string) {
    this.#customers = `"${schema}".customers_cache`;
    this.#stores = `"${schema}".stores_cache`;
    this.#products = `"${schema}".products_cache`;
  }

  /**
   * Every cached name of an order in one statement (raw SQL: it runs for every order the read model records, where
   * the ORM's entity loading would cost more than the statement): an entry for each id asked, undefined for a miss.
   * A removed product keeps its name (an order placed before the removal still shows it); a product known only from
   * a tombstone that arrived before any name is a miss.
   */
  namesRead(ids: { customerId: string; storeIds: readonly string[]; productIds: readonly string[] }): Read<KnownNames> {
    return {
      sql: `select 'c:' || id as key, name from ${this.#customers} where id = ?::uuid
            union all select 's:' || id, name from ${this.#stores} where id = any(?::uuid[])
            union all select 'p:' || id, name from ${this.#products} where id = any(?::uuid[])`,
      params: [ids.customerId, uuidArray(ids.storeIds), uuidArray(ids.productIds)],
      map: (rows) => {
        // PostgreSQL prints a uuid in lower case; the keys keep the ids as asked
        const found = new Map((rows as { key: string; name: string }[]).map((r) => [r.key, r.name]));
        const answer = (kind: string, id: string): [string, string | undefined] => {
          const name = found.get(`${kind}:${id.toLowerCase()}`);
          return [`${kind}:${id}`, kind === 'p' && !name ? undefined : name];
        };
        return new Map([
          answer('c', ids.customerId),
          ...ids.storeIds.map((id) => answer('s', id)),
          ...ids.productIds.map((id) => answer('p', id)),
        ]);
      },
    };
  }

  async rememberCustomer(em: EntityManager, id: string, name: string): Promise<void> {
    await em.execute(`insert into ${this.#customers} (id, name) values (?, ?) on conflict (id) do nothing`, [id, name]);
  }

  async rememberStore(em: EntityManager, s: CachedStore): Promise<void> {
    await em.execute(
      `insert into ${this.#stores} as stores_cache (id, name, version) values (?, ?, ?)
       on conflict (id) do update set
         name = case when stores_cache.version < excluded.version then excluded.name else stores_cache.name end,
         version = greatest(stores_cache.version, excluded.version),
         updated_at = now()`,
      [s.id, s.name, s.version],
    );
  }

  async rememberProduct(em: EntityManager, pr: CachedProduct): Promise<void> {
    await em.execute(
      `insert into ${this.#products} as products_cache (id, store_id, name, version) values (?, ?, ?, ?)
       on conflict (id) do update set
         store_id = coalesce(products_cache.store_id, excluded.store_id),
         name = case when products_cache.version < excluded.version or products_cache.name = '' then excluded.name
                     else products_cache.name end,
         version = greatest(products_cache.version, excluded.version),
         updated_at = now()`,
      [pr.id, pr.storeId, pr.name, pr.version],
    );
  }

  /** Marks the product removed at `version` (a tombstone: older events cannot bring it back). */
  async forgetProduct(em: EntityManager, id: string, version: number): Promise<void> {
    await em.execute(
      `insert into ${this.#products} as products_cache (id, store_id, name, removed, version) values (?, null, '', true, ?)
       on conflict (id) do update set removed = true, version = excluded.version, updated_at = now()
       where products_cache.version < excluded.version`,
      [id, version],
    );
  }
}
