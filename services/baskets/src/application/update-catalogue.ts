import type { UnitOfWork } from '@mallbots/tm';
import type { CatalogueCache, ProductFact } from '../persistence/catalogue-cache.ts';

/**
 * Applies stores integration events to the catalogue cache. Each write is an upsert guarded by the event's
 * aggregate version, so a redelivered, duplicated or out-of-order event never moves the cache backwards.
 */
export async function recordStore(
  cache: CatalogueCache,
  uow: UnitOfWork,
  store: { id: string; name: string; version: number },
): Promise<void> {
  await cache.upsertStore(uow.em, store);
}

export async function recordProduct(cache: CatalogueCache, uow: UnitOfWork, fact: ProductFact): Promise<void> {
  await cache.upsertProduct(uow.em, fact);
}
