import { describe, it, expect } from '@jest/globals';
import type { EntityManager } from '@mallbots/db';
import type { NameCache, PeerDirectory } from '../src/application/ports.ts';
import { NameResolver } from '../src/application/resolve-names.ts';
import { RetryLater } from '../src/application/retry-later.ts';

const em = {} as EntityManager;

function fakes() {
  const cache = { customers: new Map<string, string>(), stores: new Map<string, string>(), products: new Map<string, string>() };
  const names: NameCache = {
    namesRead: () => {
      throw new Error('the caller reads the names up front');
    },
    rememberCustomer: async (_em, id, name) => void cache.customers.set(id, name),
    rememberStore: async (_em, s) => void cache.stores.set(s.id, s.name),
    rememberProduct: async (_em, p) => void cache.products.set(p.id, p.name),
  };
  const peer = {
    known: new Map<string, string>(),
    down: false,
    calls: [] as string[],
  };
  const ask = async (id: string) => {
    peer.calls.push(id);
    if (peer.down) throw new RetryLater('peer down');
    return peer.known.get(id);
  };
  const peers: PeerDirectory = {
    customer: async (id) => ((await ask(id)) === undefined ? undefined : { id, name: peer.known.get(id)! }),
    store: async (id) => ((await ask(id)) === undefined ? undefined : { id, name: peer.known.get(id)!, version: 1 }),
    product: async (id) =>
      (await ask(id)) === undefined ? undefined : { id, storeId: 's', name: peer.known.get(id)!, version: 1 },
  };
  /** What `namesRead` gives the resolver: every name the cache holds now (an id not in it is a miss). */
  const known = () =>
    new Map([
      ...[...cache.customers].map(([id, n]) => [`c:${id}`, n] as const),
      ...[...cache.stores].map(([id, n]) => [`s:${id}`, n] as const),
      ...[...cache.products].map(([id, n]) => [`p:${id}`, n] as const),
    ]);
  return { cache, peer, resolver: () => new NameResolver(names, peers, { em }, known()) };
}

describe('name resolution for a new order', () => {
  it('prefers the cache and does not ask the peer', async () => {
    const f = fakes();
    f.cache.customers.set('c', 'Ada');
    f.cache.stores.set('s', 'Shop');
    f.cache.products.set('p', 'Tea');
    const r = f.resolver();
    expect([await r.customerName('c'), await r.storeName('s', 'old'), await r.productName('p', 'old')]).toEqual([
      'Ada',
      'Shop',
      'Tea',
    ]);
    expect(f.peer.calls).toEqual([]);
  });

  it('asks the peer on a miss, caches the answer, and asks once per id per order', async () => {
    const f = fakes();
    f.peer.known.set('s', 'Peer Shop');
    const r = f.resolver();
    expect(await r.storeName('s', 'old')).toBe('Peer Shop');
    expect(await r.storeName('s', 'old')).toBe('Peer Shop');
    expect(f.peer.calls).toEqual(['s']);
    expect(f.cache.stores.get('s')).toBe('Peer Shop');
  });

  it('uses the name carried by the event when the peer does not know the id or is down', async () => {
    const f = fakes();
    expect(await f.resolver().productName('gone', 'Old Soap')).toBe('Old Soap');
    f.peer.down = true;
    expect(await f.resolver().storeName('s', 'Shop at checkout')).toBe('Shop at checkout');
    expect(f.cache.products.has('gone')).toBe(false);
  });

  it('retries when the peer is down and nothing else names the store, product or customer', async () => {
    const f = fakes();
    f.peer.down = true;
    await expect(f.resolver().storeName('s', '')).rejects.toBeInstanceOf(RetryLater);
    await expect(f.resolver().productName('p', '')).rejects.toBeInstanceOf(RetryLater);
    await expect(f.resolver().customerName('c')).rejects.toBeInstanceOf(RetryLater);
  });

  it('gives a customer unknown to customers a blank name and caches nothing', async () => {
    const f = fakes();
    expect(await f.resolver().customerName('nobody')).toBe('');
    expect(f.cache.customers.size).toBe(0);
  });
});
