import type { EntityManager } from '@mallbots/db';
import type { Read } from '@mallbots/tm';

/**
 * The name caches, as the name resolution uses them (implemented by persistence/cache.repository.ts, always with
 * the unit of work's EntityManager). Writes only ever replace a name by one of a newer version.
 */
export interface NameCache {
  customerName(em: EntityManager, id: string): Promise<string | undefined>;
  rememberCustomer(em: EntityManager, id: string, name: string): Promise<void>;
  storeName(em: EntityManager, id: string): Promise<string | undefined>;
  rememberStore(em: EntityManager, s: { id: string; name: string; version: number }): Promise<void>;
  productName(em: EntityManager, id: string): Promise<string | undefined>;
  rememberProduct(em: EntityManager, p: { id: string; storeId: string | null; name: string; version: number }): Promise<void>;
}

/**
 * What the name caches answered for an order, read up front (`NamesPrefetch`): one entry per id asked, keyed
 * `c:<customer id>`, `s:<store id>`, `p:<product id>`; the value is what `customerName`/`storeName`/`productName`
 * would have returned (undefined: a miss).
 */
export type KnownNames = ReadonlyMap<string, string | undefined>;

/** Reads every name an order needs in one statement, as a read for `UnitOfWork.readAll`. */
export interface NamesPrefetch {
  namesRead(ids: { customerId: string; storeIds: readonly string[]; productIds: readonly string[] }): Read<KnownNames>;
}

/**
 * The port to the peers that own the names search shows: customers (GetCustomer) and stores (GetStore,
 * GetProduct). Each lookup resolves `undefined` when the peer says the id does not exist, and throws RetryLater
 * when the peer cannot be reached. Adapter: grpc/peer-directory.ts.
 */
export interface PeerCustomer {
  id: string;
  name: string;
}

export interface PeerStore {
  id: string;
  name: string;
  /** Store aggregate version of this state (0 if the peer does not say). */
  version: number;
}

export interface PeerProduct {
  id: string;
  storeId: string;
  name: string;
  version: number;
}

export interface PeerDirectory {
  customer(id: string): Promise<PeerCustomer | undefined>;
  store(id: string): Promise<PeerStore | undefined>;
  product(id: string): Promise<PeerProduct | undefined>;
}
