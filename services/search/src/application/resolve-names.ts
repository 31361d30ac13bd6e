/**
 * Name resolution for a new order, per id: the local cache (fed by events, read up front for the whole order)
 * first; on a miss the owning peer over
 * gRPC, whose answer is written back into the cache; then, for stores and products only, the name the event
 * itself carried (the name at checkout).
 *
 * - A customer the peer does not know gets a blank name (the read model says "unknown" rather than losing the
 *   order). If customers cannot be reached the lookup throws RetryLater, so the whole message is retried with
 *   backoff: the name would otherwise stay blank for good.
 * - For a store or product, the carried name is a good enough answer when the peer does not know the id (e.g.
 *   the product was removed meanwhile) or cannot be reached; only when there is no carried name either does an
 *   unreachable peer cause a retry.
 * Each id is looked up once per order.
 */
import type { UnitOfWork } from '@mallbots/tm';
import type { KnownNames, NameCache, PeerDirectory } from './ports.ts';
import { RetryLater } from './retry-later.ts';

export class NameResolver {
  readonly #caches: NameCache;
  readonly #peers: PeerDirectory;
  /** Its EntityManager (forked on first use) is taken only when a peer's answer is written back. */
  readonly #uow: Pick<UnitOfWork, 'em'>;
  readonly #memo = new Map<string, Promise<string>>();
  readonly #known: KnownNames;

  /** `known`: what the caches answered for the order, read up front (`NameCache.namesRead`); an id it lacks is a miss. */
  constructor(caches: NameCache, peers: PeerDirectory, uow: Pick<UnitOfWork, 'em'>, known: KnownNames) {
    this.#caches = caches;
    this.#peers = peers;
    this.#uow = uow;
    this.#known = known;
  }

  #once(key: string, lookup: () => Promise<string>): Promise<string> {
    let p = this.#memo.get(key);
    if (!p) {
      p = lookup();
      this.#memo.set(key, p);
    }
    return p;
  }

  customerName(id: string): Promise<string> {
    return this.#once(`c:${id}`, async () => {
      const cached = this.#known.get(`c:${id}`);
      if (cached !== undefined) return cached;
      const peer = await this.#peers.customer(id);
      if (!peer) return '';
      await this.#caches.rememberCustomer(this.#uow.em, id, peer.name);
      return peer.name;
    });
  }

  storeName(id: string, carried: string): Promise<string> {
    return this.#once(`s:${id}`, async () => {
      const cached = this.#known.get(`s:${id}`);
      if (cached !== undefined) return cached;
      const peer = await this.#ask(() => this.#peers.store(id), carried);
      if (peer === 'unreachable' || !peer) return carried;
      await this.#caches.rememberStore(this.#uow.em, peer);
      return peer.name;
    });
  }

  productName(id: string, carried: string): Promise<string> {
    return this.#once(`p:${id}`, async () => {
      const cached = this.#known.get(`p:${id}`);
      if (cached !== undefined) return cached;
      const peer = await this.#ask(() => this.#peers.product(id), carried);
      if (peer === 'unreachable' || !peer) return carried;
      await this.#caches.rememberProduct(this.#uow.em, peer);
      return peer.name;
    });
  }

  /** The peer's answer; 'unreachable' when it failed and the carried name can stand in, else the failure. */
  async #ask<T>(lookup: () => Promise<T>, carried: string): Promise<T | 'unreachable'> {
    try {
      return await lookup();
    } catch (err) {
      if (err instanceof RetryLater && carried !== '') return 'unreachable';
      throw err;
    }
  }
}
