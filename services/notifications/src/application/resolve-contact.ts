import type { EntityManager } from '@mallbots/db';
import { NotFound } from '@mallbots/rpc/errors';
import type { Contact, ContactBook, CustomerPeer } from './ports.ts';

/**
 * How to reach a customer, given what the cache (fed by customers events) holds: the cached contact; on a miss (or
 * a cached entry without a number yet) customers.GetCustomer, whose answer is cached as current "now". NOT_FOUND
 * when customers does not know the id. `em` is the unit of work's EntityManager, taken only on a miss (forking it
 * costs).
 */
export async function resolveContact(
  cached: Contact | undefined,
  contacts: ContactBook,
  peer: CustomerPeer,
  em: () => EntityManager,
  customerId: string,
): Promise<Contact> {
  if (cached && cached.smsNumber !== '') return cached;
  const fetched = await peer.customer(customerId);
  if (!fetched) throw new NotFound(`customer ${customerId} not found`);
  await contacts.remember(em(), fetched, new Date());
  return fetched;
}
