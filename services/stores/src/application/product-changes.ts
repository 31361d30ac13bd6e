import { Names } from '@mallbots/contracts';
import type { StoredEvent } from '@mallbots/es';
import type { UnitOfWork } from '@mallbots/tm';
import type { Product, ProductEvent } from '../domain/product.ts';
import type { StoresDeps } from './stores-deps.ts';

/**
 * Saves a changed product in the caller's unit of work: appends its events (ABORTED on a concurrent change),
 * updates the `products` projection, and writes one integration event per domain event to the outbox, all in
 * one transaction (see commitStore). Price events carry both the delta and the new absolute price.
 */
export async function commitProduct(deps: StoresDeps, uow: UnitOfWork, product: Product): Promise<void> {
  const stored = await deps.products.save(uow, product);
  await deps.productProjection.apply(uow.em, stored);
  for (const e of stored) publishProductEvent(uow, e);
}

function publishProductEvent(uow: UnitOfWork, { streamId: id, version, event }: StoredEvent<ProductEvent>): void {
  switch (event.name) {
    case 'stores.ProductAdded':
      uow.publish({
        kind: 'event',
        name: Names.stores.ProductAdded,
        payload: {
          id,
          storeId: event.storeId,
          name: event.productName,
          description: event.description,
          sku: event.sku,
          price: event.price,
          version,
        },
        aggregateId: id,
      });
      break;
    case 'stores.ProductRebranded':
      uow.publish({
        kind: 'event',
        name: Names.stores.ProductRebranded,
        payload: { id, name: event.productName, description: event.description, version },
        aggregateId: id,
      });
      break;
    case 'stores.ProductPriceIncreased':
      uow.publish({
        kind: 'event',
        name: Names.stores.ProductPriceIncreased,
        payload: { id, delta: event.delta, price: event.price, version },
        aggregateId: id,
      });
      break;
    case 'stores.ProductPriceDecreased':
      uow.publish({
        kind: 'event',
        name: Names.stores.ProductPriceDecreased,
        payload: { id, delta: event.delta, price: event.price, version },
        aggregateId: id,
      });
      break;
    case 'stores.ProductRemoved':
      uow.publish({ kind: 'event', name: Names.stores.ProductRemoved, payload: { id, version }, aggregateId: id });
      break;
  }
}
