import type { UnitOfWork } from '@mallbots/tm';
import type { CacheRepository } from '../persistence/cache.repository.ts';

/** CustomerRegistered: remembers the customer's name for later orders. The phone number is never stored here. */
export async function rememberCustomer(caches: CacheRepository, uow: UnitOfWork, c: { id: string; name: string }): Promise<void> {
  await caches.rememberCustomer(uow.em, c.id, c.name);
}
