import { Names } from '@mallbots/contracts';
import type { StoredEvent } from '@mallbots/es';
import type { UnitOfWork } from '@mallbots/tm';
import type { Basket, BasketEvent } from '../domain/basket.ts';

/**
 * Turns the basket's just-stored domain events into integration events in the unit of work's outbox (same
 * transaction as the append). Only start, cancel and checkout are published; item changes stay internal.
 */
export function publishBasketEvents(uow: UnitOfWork, basket: Basket, stored: readonly StoredEvent<BasketEvent>[]): void {
  for (const { event } of stored) {
    switch (event.name) {
      case 'baskets.BasketStarted':
        uow.publish({
          kind: 'event',
          name: Names.baskets.BasketStarted,
          payload: { id: basket.id, customerId: basket.customerId },
          aggregateId: basket.id,
        });
        break;
      case 'baskets.BasketCanceled':
        uow.publish({
          kind: 'event',
          name: Names.baskets.BasketCanceled,
          payload: { id: basket.id, customerId: basket.customerId },
          aggregateId: basket.id,
        });
        break;
      case 'baskets.BasketCheckedOut':
        uow.publish({
          kind: 'event',
          name: Names.baskets.BasketCheckedOut,
          payload: {
            id: basket.id,
            customerId: basket.customerId,
            paymentId: event.paymentId,
            items: basket.items.map((i) => ({
              storeId: i.storeId,
              productId: i.productId,
              storeName: i.storeName,
              productName: i.productName,
              price: i.price,
              quantity: i.quantity,
            })),
          },
          aggregateId: basket.id,
        });
        break;
      case 'baskets.BasketItemAdded':
      case 'baskets.BasketItemRemoved':
        break;
    }
  }
}
