/**
 * Consumer group `search.stores-events`: store and product names for the read model. Every event carries the
 * aggregate version; the cache keeps the newest name whatever the arrival order (see cache.repository.ts).
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import type { MessageConsumer } from '@mallbots/runtime';
import { productNamed, productRemoved, storeNamed } from '../application/update-catalogue-cache.ts';
import type { CacheRepository } from '../persistence/cache.repository.ts';
import { aggregateVersion } from './event-fields.ts';

export function searchStoresEvents(caches: CacheRepository): MessageConsumer {
  const store = (e: { id: string; name: string; version: number }) => ({
    id: validate.requiredId(e.id, 'id'),
    name: validate.requiredText(e.name, 'name'),
    version: aggregateVersion(e.version),
  });
  return {
    group: 'search.stores-events',
    exchange: 'events',
    handlers: {
      [Names.stores.StoreCreated]: (e, uow) => storeNamed(caches, uow, store(e)),
      [Names.stores.StoreRebranded]: (e, uow) => storeNamed(caches, uow, store(e)),
      [Names.stores.ProductAdded]: (e, uow) =>
        productNamed(caches, uow, {
          id: validate.requiredId(e.id, 'id'),
          storeId: validate.requiredId(e.storeId, 'store_id'),
          name: validate.requiredText(e.name, 'name'),
          version: aggregateVersion(e.version),
        }),
      [Names.stores.ProductRebranded]: (e, uow) =>
        productNamed(caches, uow, {
          id: validate.requiredId(e.id, 'id'),
          storeId: null,
          name: validate.requiredText(e.name, 'name'),
          version: aggregateVersion(e.version),
        }),
      [Names.stores.ProductRemoved]: (e, uow) =>
        productRemoved(caches, uow, { id: validate.requiredId(e.id, 'id'), version: aggregateVersion(e.version) }),
    },
  };
}
