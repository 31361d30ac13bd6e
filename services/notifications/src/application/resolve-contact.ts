import type { UnitOfWork } from '@mallbots/tm';
import { NotFound } from '@mallbots/rpc/errors';
import type { Contact, ContactBook, CustomerPeer } from './ports.ts';

/**
 * How to reach a customer, given what the cache (fed by customers events) holds: the cached contact; on a miss (or
 * a cached entry without a number yet) customers.GetCustomer, whose answer is cached as current "now". NOT_FOUND
 * when customers does not know the id. The unit of work's EntityManager (forked on first use) is taken only on a
 * miss.
 */
export async function resolveContact(
  cached: Contact | undefined,
  contacts: ContactBook,
  peer: CustomerPeer,
  uow: Pick<UnitOfWork, 'em'>,
  customerId: string,
): Promise<Contact> {
  if (cached && cached.smsNumber !== '') return cached;
  const fetched = await peer.customer(customerId);
  if (!fetched) throw new NotFound(`customer ${customerId} not found`);
  await contacts.remember(uow.em, fetched, new Date());
  return fetched;
}
