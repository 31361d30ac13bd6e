/**
 * Consumer group `search.ordering-events` (its own queue: search no longer competes with notifications for order
 * events). OrderCreated adds the order to the read model; the five status events move it along. Every payload is
 * validated: a malformed message is a DomainError and is dead-lettered. A status event that overtook its
 * OrderCreated throws RetryLater and is retried with backoff (see change-order-status.ts).
 */
import { Names, type ordering } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { InvalidArgument } from '@mallbots/rpc/errors';
import type { MessageConsumer } from '@mallbots/runtime';
import type { Logger } from '@mallbots/telemetry';
import type { UnitOfWork } from '@mallbots/tm';
import { changeOrderStatus } from '../application/change-order-status.ts';
import { recordOrder, type OrderCreatedFact, type RecordOrderDeps } from '../application/record-order.ts';
import { OrderStatus } from '../domain/order-view.ts';
import { aggregateVersion } from './event-fields.ts';

const MAX_ITEMS = 1000;
const MAX_QUANTITY = 100_000;

export function parseOrderCreated(e: ordering.OrderCreated__Output, createdAt: Date): OrderCreatedFact {
  const items = validate.list<ordering.Item__Output>(e.items, 'items', MAX_ITEMS);
  if (items.length === 0) throw new InvalidArgument('items cannot be empty', 'items');
  return {
    orderId: validate.requiredId(e.id, 'id'),
    customerId: validate.requiredId(e.customerId, 'customer_id'),
    items: items.map((i, n) => ({
      productId: validate.requiredId(i.productId, `items[${n}].product_id`),
      storeId: validate.requiredId(i.storeId, `items[${n}].store_id`),
      productName: validate.optionalText(i.productName, `items[${n}].product_name`, validate.MAX_TEXT),
      storeName: validate.optionalText(i.storeName, `items[${n}].store_name`, validate.MAX_TEXT),
      price: validate.money(i.price, `items[${n}].price`),
      quantity: validate.integer(i.quantity, `items[${n}].quantity`, { min: 1, max: MAX_QUANTITY }),
    })),
    version: aggregateVersion(e.version),
    createdAt,
  };
}

export function searchOrderingEvents(deps: RecordOrderDeps & { logger: Logger }): MessageConsumer {
  const toStatus =
    (status: OrderStatus) =>
    async (e: { id: string; version: number }, uow: UnitOfWork): Promise<void> => {
      const orderId = validate.requiredId(e.id, 'id');
      const version = aggregateVersion(e.version);
      const outcome = await changeOrderStatus(deps.orders, uow, { orderId, status, version });
      if (outcome === 'stale') deps.logger.debug({ orderId, version, status }, 'stale order event ignored');
    };
  return {
    group: 'search.ordering-events',
    exchange: 'events',
    handlers: {
      [Names.ordering.OrderCreated]: async (e, uow, envelope) => {
        // The envelope's timestamp is when ordering wrote the event (its outbox row): the order's creation time.
        await recordOrder(deps, uow, parseOrderCreated(e, envelope.timestamp));
      },
      [Names.ordering.OrderApproved]: toStatus(OrderStatus.Approved),
      [Names.ordering.OrderRejected]: toStatus(OrderStatus.Rejected),
      [Names.ordering.OrderCanceled]: toStatus(OrderStatus.Cancelled),
      [Names.ordering.OrderReadied]: toStatus(OrderStatus.Ready),
      [Names.ordering.OrderCompleted]: toStatus(OrderStatus.Completed),
    },
  };
}
