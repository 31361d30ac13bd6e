/**
 * Integration events from stores (group `depot.stores-events`) feed the store and product caches. Each payload is
 * validated (a malformed one is dead-lettered); the version makes redelivered and reordered events harmless.
 * Price and participation events are not bound: depot does not keep prices or participation.
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import type { MessageConsumer } from '@mallbots/runtime';
import { cacheProduct, cacheStore } from '../application/update-catalog-cache.ts';
import type { CatalogCacheRepository } from '../persistence/catalog-cache.repository.ts';

const version = (v: unknown): number => validate.integer(v, 'version', { min: 1 });

export function storeEvents(cache: CatalogCacheRepository): MessageConsumer {
  return {
    group: 'depot.stores-events',
    exchange: 'events',
    handlers: {
      [Names.stores.StoreCreated]: async (e, uow) => {
        await cacheStore(cache, uow, {
          id: validate.requiredId(e.id, 'id'),
          name: validate.requiredText(e.name, 'name'),
          location: validate.requiredText(e.location, 'location'),
          version: version(e.version),
        });
      },
      [Names.stores.StoreRebranded]: async (e, uow) => {
        await cacheStore(cache, uow, {
          id: validate.requiredId(e.id, 'id'),
          name: validate.requiredText(e.name, 'name'),
          version: version(e.version),
        });
      },
      [Names.stores.ProductAdded]: async (e, uow) => {
        await cacheProduct(cache, uow, {
          id: validate.requiredId(e.id, 'id'),
          storeId: validate.requiredId(e.storeId, 'store_id'),
          name: validate.requiredText(e.name, 'name'),
          version: version(e.version),
        });
      },
      [Names.stores.ProductRebranded]: async (e, uow) => {
        await cacheProduct(cache, uow, {
          id: validate.requiredId(e.id, 'id'),
          name: validate.requiredText(e.name, 'name'),
          version: version(e.version),
        });
      },
      [Names.stores.ProductRemoved]: async (e, uow) => {
        await cacheProduct(cache, uow, { id: validate.requiredId(e.id, 'id'), removed: true, version: version(e.version) });
      },
    },
  };
}
