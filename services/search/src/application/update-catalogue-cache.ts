import type { UnitOfWork } from '@mallbots/tm';
import type { CacheRepository, CachedProduct, CachedStore } from '../persistence/cache.repository.ts';

// Stores events keep the store and product name caches current. Each write is a versioned upsert (see
// cache.repository.ts): events may arrive in any order or twice, and only a newer version changes a name.

/** StoreCreated, StoreRebranded. */
export async function storeNamed(caches: CacheRepository, uow: UnitOfWork, s: CachedStore): Promise<void> {
  await caches.rememberStore(uow.em, s);
}

/** ProductAdded (with the store), ProductRebranded (without). */
export async function productNamed(caches: CacheRepository, uow: UnitOfWork, pr: CachedProduct): Promise<void> {
  await caches.rememberProduct(uow.em, pr);
}

/** ProductRemoved. */
export async function productRemoved(
  caches: CacheRepository,
  uow: UnitOfWork,
  r: { id: string; version: number },
): Promise<void> {
  await caches.forgetProduct(uow.em, r.id, r.version);
}
