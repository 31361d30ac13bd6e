/**
 * Client of the stores service for the price lookup's cache misses. Every call has a deadline, so a slow or
 * absent stores fails the lookup with UNAVAILABLE instead of hanging the basket call. NOT_FOUND from stores means
 * "no such product/store" and is returned as `undefined`; the caller words the error for its own client.
 */
import { Services, clientConstructor, type ServiceClient, type stores } from '@mallbots/contracts';
import { createClient, invoke } from '@mallbots/rpc';
import { DomainError, ErrorKind, Unavailable } from '@mallbots/rpc/errors';
import type { RemoteProduct, RemoteStore, StoresCatalogue } from '../application/lookup-product.ts';

export const STORES_DEADLINE_MS = 2000;

function missingOr(err: unknown, what: string): undefined {
  if (err instanceof DomainError && err.kind === ErrorKind.NotFound) return undefined;
  if (err instanceof Unavailable) throw err;
  // Anything else from stores (a bug on either side) is not the caller's fault: report the dependency as failing.
  throw new Unavailable(`${what} failed: ${(err as Error).message}`);
}

export class StoresClient implements StoresCatalogue {
  readonly #client: ServiceClient<typeof Services.stores>;
  readonly #deadlineMs: number;

  constructor(address: string, deadlineMs = STORES_DEADLINE_MS) {
    this.#client = createClient(clientConstructor(Services.stores), address);
    this.#deadlineMs = deadlineMs;
  }

  async getProduct(id: string): Promise<RemoteProduct | undefined> {
    try {
      const res = await invoke<stores.GetProductResponse__Output>(
        'stores.GetProduct',
        (md, opts, cb) => this.#client.GetProduct({ id }, md, opts, cb),
        {
          deadlineMs: this.#deadlineMs,
        },
      );
      const p = res.product;
      if (!p) return undefined;
      if (!p.storeId || !p.name.trim() || !Number.isFinite(p.price) || p.price < 0) {
        throw new Unavailable(`stores.GetProduct returned an incomplete product ${id}`);
      }
      return { id, storeId: p.storeId.toLowerCase(), name: p.name, price: Math.round(p.price * 100) / 100, version: p.version };
    } catch (err) {
      return missingOr(err, 'stores.GetProduct');
    }
  }

  async getStore(id: string): Promise<RemoteStore | undefined> {
    try {
      const res = await invoke<stores.GetStoreResponse__Output>(
        'stores.GetStore',
        (md, opts, cb) => this.#client.GetStore({ id }, md, opts, cb),
        {
          deadlineMs: this.#deadlineMs,
        },
      );
      const s = res.store;
      if (!s) return undefined;
      if (!s.name.trim()) throw new Unavailable(`stores.GetStore returned an incomplete store ${id}`);
      return { id, name: s.name, version: s.version };
    } catch (err) {
      return missingOr(err, 'stores.GetStore');
    }
  }

  close(): void {
    this.#client.close();
  }
}
