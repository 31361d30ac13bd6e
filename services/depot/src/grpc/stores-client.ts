/**
 * The stores peer over gRPC (`STORES_GRPC_ADDR`): GetStore and GetProduct, each with lib/rpc's deadline. NOT_FOUND
 * from stores stays NOT_FOUND (with depot's own wording); an unreachable or slow stores is UNAVAILABLE. Answers are
 * checked like any input: a reply without the fields depot needs is treated as unavailable data, not trusted.
 */
import { Services, clientConstructor, type ServiceClient } from '@mallbots/contracts';
import { createClient, invoke } from '@mallbots/rpc';
import { ErrorKind, NotFound, Unavailable, isDomainError } from '@mallbots/rpc/errors';
import type { ProductInfo, StoreInfo, StoresPeer } from '../application/stores-peer.ts';

export class StoresClient implements StoresPeer {
  readonly #client: ServiceClient<typeof Services.stores>;

  constructor(address: string) {
    this.#client = createClient(clientConstructor(Services.stores), address);
  }

  async getStore(id: string): Promise<StoreInfo> {
    const res = await invoke<{ store?: { id: string; name: string; location: string; version: number } | null }>(
      'stores.GetStore',
      (md, opts, cb) => this.#client.GetStore({ id }, md, opts, cb),
    ).catch(notFoundAs(`store ${id} not found`));
    const s = res.store;
    if (!s || s.id !== id || !s.name || !s.location) throw new Unavailable(`stores.GetStore returned an incomplete store ${id}`);
    return { id, name: s.name, location: s.location, version: s.version };
  }

  async getProduct(id: string): Promise<ProductInfo> {
    const res = await invoke<{ product?: { id: string; storeId: string; name: string; version: number } | null }>(
      'stores.GetProduct',
      (md, opts, cb) => this.#client.GetProduct({ id }, md, opts, cb),
    ).catch(notFoundAs(`product ${id} not found`));
    const p = res.product;
    if (!p || p.id !== id || !p.storeId || !p.name)
      throw new Unavailable(`stores.GetProduct returned an incomplete product ${id}`);
    return { id, storeId: p.storeId.toLowerCase(), name: p.name, version: p.version };
  }

  close(): void {
    this.#client.close();
  }
}

function notFoundAs(message: string) {
  return (err: unknown): never => {
    if (isDomainError(err) && err.kind === ErrorKind.NotFound) throw new NotFound(message);
    throw err;
  };
}
