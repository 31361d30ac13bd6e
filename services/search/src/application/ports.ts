import type { EntityManager } from '@mallbots/db';
import type { Read } from '@mallbots/tm';

/**
 * What the name caches answered for an order, read up front: one entry per id asked, keyed `c:<customer id>`,
 * `s:<store id>`, `p:<product id>`; the value is the cached name, undefined for a miss (a product known only from
 * its removal's tombstone is a miss).
 */
export type KnownNames = ReadonlyMap<string, string | undefined>;

/**
 * The name caches, as the name resolution uses them (implemented by persistence/cache.repository.ts, always with
 * the unit of work's EntityManager): every name an order needs in one statement (a read for `UnitOfWork.readAll`),
 * and the peers' answers written back. Writes only ever replace a name by one of a newer version.
 */
export interface NameCache {
  namesRead(ids: { customerId: string; storeIds: readonly string[]; productIds: readonly string[] }): Read<KnownNames>;
  rememberCustomer(em: EntityManager, id: string, name: string): Promise<void>;
  rememberStore(em: EntityManager, s: { id: string; name: string; version: number }): Promise<void>;
  rememberProduct(em: EntityManager, p: { id: string; storeId: string | null; name: string; version: number }): Promise<void>;
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
