/**
 * gRPC adapter of the PeerDirectory port: customers.GetCustomer, stores.GetStore and stores.GetProduct, each with
 * a short deadline (the caller holds a database transaction meanwhile). NOT_FOUND becomes `undefined`; an
 * unreachable or failing peer becomes RetryLater (retried by lib/am, never dead-lettered for an outage); any other
 * answer (e.g. INVALID_ARGUMENT) is a DomainError and stays one.
 */
import { Services, clientConstructor, type customers, type stores } from '@mallbots/contracts';
import { createClient, invoke } from '@mallbots/rpc';
import { ErrorKind, isDomainError } from '@mallbots/rpc/errors';
import type { PeerCustomer, PeerDirectory, PeerProduct, PeerStore } from '../application/ports.ts';
import { RetryLater } from '../application/retry-later.ts';

const DEADLINE_MS = 2000;

async function lookup<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    if (isDomainError(err) && err.kind === ErrorKind.NotFound) return undefined;
    if (isDomainError(err) && err.kind !== ErrorKind.Unavailable && err.kind !== ErrorKind.DeadlineExceeded) throw err;
    throw new RetryLater(`${what}: ${(err as Error).message}`);
  }
}

export class GrpcPeerDirectory implements PeerDirectory {
  readonly #customers;
  readonly #stores;

  constructor(addresses: { customers: string; stores: string }) {
    this.#customers = createClient(clientConstructor(Services.customers), addresses.customers);
    this.#stores = createClient(clientConstructor(Services.stores), addresses.stores);
  }

  async customer(id: string): Promise<PeerCustomer | undefined> {
    const res = await lookup('customers.GetCustomer', () =>
      invoke<customers.GetCustomerResponse__Output>(
        'customers.GetCustomer',
        (md, opts, cb) => this.#customers.GetCustomer({ id }, md, opts, cb),
        { deadlineMs: DEADLINE_MS },
      ),
    );
    return res?.customer ? { id, name: res.customer.name } : undefined;
  }

  async store(id: string): Promise<PeerStore | undefined> {
    const res = await lookup('stores.GetStore', () =>
      invoke<stores.GetStoreResponse__Output>('stores.GetStore', (md, opts, cb) => this.#stores.GetStore({ id }, md, opts, cb), {
        deadlineMs: DEADLINE_MS,
      }),
    );
    return res?.store ? { id, name: res.store.name, version: res.store.version } : undefined;
  }

  async product(id: string): Promise<PeerProduct | undefined> {
    const res = await lookup('stores.GetProduct', () =>
      invoke<stores.GetProductResponse__Output>(
        'stores.GetProduct',
        (md, opts, cb) => this.#stores.GetProduct({ id }, md, opts, cb),
        { deadlineMs: DEADLINE_MS },
      ),
    );
    return res?.product ? { id, storeId: res.product.storeId, name: res.product.name, version: res.product.version } : undefined;
  }

  close(): void {
    this.#customers.close();
    this.#stores.close();
  }
}
