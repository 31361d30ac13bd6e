/**
 * gRPC adapter of the CustomerPeer port: customers.GetCustomer with a short deadline (the caller holds a database
 * transaction meanwhile). NOT_FOUND becomes `undefined`; an unreachable or failing peer becomes RetryLater; any
 * other answer stays the DomainError the client helper made of it.
 */
import { Services, clientConstructor, type customers } from '@mallbots/contracts';
import { createClient, invoke } from '@mallbots/rpc';
import { ErrorKind, isDomainError } from '@mallbots/rpc/errors';
import type { Contact, CustomerPeer } from '../application/ports.ts';
import { RetryLater } from '../application/retry-later.ts';

const DEADLINE_MS = 2000;

export class GrpcCustomerPeer implements CustomerPeer {
  readonly #client;

  constructor(address: string) {
    this.#client = createClient(clientConstructor(Services.customers), address);
  }

  async customer(id: string): Promise<Contact | undefined> {
    let res: customers.GetCustomerResponse__Output;
    try {
      res = await invoke<customers.GetCustomerResponse__Output>(
        'customers.GetCustomer',
        (md, opts, cb) => this.#client.GetCustomer({ id }, md, opts, cb),
        { deadlineMs: DEADLINE_MS },
      );
    } catch (err) {
      if (isDomainError(err) && err.kind === ErrorKind.NotFound) return undefined;
      if (isDomainError(err) && err.kind !== ErrorKind.Unavailable && err.kind !== ErrorKind.DeadlineExceeded) throw err;
      throw new RetryLater(`customers.GetCustomer: ${(err as Error).message}`);
    }
    const c = res.customer;
    return c ? { id, name: c.name, smsNumber: c.smsNumber } : undefined;
  }

  close(): void {
    this.#client.close();
  }
}
