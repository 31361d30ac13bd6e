/**
 * Consumer group `baskets.stores-events`: the stores integration events that feed the catalogue cache. Thin:
 * each handler validates what it reads (a malformed event is a DomainError and is dead-lettered with the reason)
 * and records the fact. Idempotent under redelivery and reordering (see persistence/catalogue-cache.ts); the inbox
 * additionally skips a message id seen before.
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import type { MessageConsumer } from '@mallbots/runtime';
import { recordProduct, recordStore } from '../application/update-catalogue.ts';
import type { CatalogueCache } from '../persistence/catalogue-cache.ts';

const version = (v: unknown): number => validate.integer(v, 'version', { min: 1 });

export function storesEventsConsumer(cache: CatalogueCache): MessageConsumer {
  return {
    group: 'baskets.stores-events',
    exchange: 'events',
    handlers: {
      [Names.stores.StoreCreated]: (e, uow) =>
        recordStore(cache, uow, {
          id: validate.requiredId(e.id, 'id'),
          name: validate.requiredText(e.name, 'name'),
          version: version(e.version),
        }),
      [Names.stores.StoreRebranded]: (e, uow) =>
        recordStore(cache, uow, {
          id: validate.requiredId(e.id, 'id'),
          name: validate.requiredText(e.name, 'name'),
          version: version(e.version),
        }),
      [Names.stores.ProductAdded]: (e, uow) =>
        recordProduct(cache, uow, {
          id: validate.requiredId(e.id, 'id'),
          version: version(e.version),
          storeId: validate.requiredId(e.storeId, 'store_id'),
          name: validate.requiredText(e.name, 'name'),
          price: validate.money(e.price, 'price'),
        }),
      [Names.stores.ProductRebranded]: (e, uow) =>
        recordProduct(cache, uow, {
          id: validate.requiredId(e.id, 'id'),
          version: version(e.version),
          name: validate.requiredText(e.name, 'name'),
        }),
      // The absolute price is stored; `delta` is informational (adding deltas breaks on a lost or repeated event).
      [Names.stores.ProductPriceIncreased]: (e, uow) =>
        recordProduct(cache, uow, {
          id: validate.requiredId(e.id, 'id'),
          version: version(e.version),
          price: validate.money(e.price, 'price'),
        }),
      [Names.stores.ProductPriceDecreased]: (e, uow) =>
        recordProduct(cache, uow, {
          id: validate.requiredId(e.id, 'id'),
          version: version(e.version),
          price: validate.money(e.price, 'price'),
        }),
      [Names.stores.ProductRemoved]: (e, uow) =>
        recordProduct(cache, uow, { id: validate.requiredId(e.id, 'id'), version: version(e.version), removed: true }),
    },
  };
}
