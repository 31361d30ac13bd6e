/**
 * Stores events -> the store and product caches. Each event is applied only if it is newer than what the cache
 * holds (see catalog-cache.repository.ts), so redeliveries and reordering are harmless.
 */
import type { UnitOfWork } from '@mallbots/tm';
import type { CatalogCacheRepository, ProductUpsert, StoreUpsert } from '../persistence/catalog-cache.repository.ts';

export async function cacheStore(cache: CatalogCacheRepository, uow: UnitOfWork, store: StoreUpsert): Promise<void> {
  await cache.upsertStore(uow.em, store);
}

export async function cacheProduct(cache: CatalogCacheRepository, uow: UnitOfWork, product: ProductUpsert): Promise<void> {
  await cache.upsertProduct(uow.em, product);
}
