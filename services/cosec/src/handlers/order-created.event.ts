/**
 * Integration events from ordering: OrderCreated starts the create-order saga. The event is validated first; a
 * malformed one is a DomainError and is dead-lettered with the reason (no saga can run on it). The inbox dedupes
 * redeliveries, and the saga id derived from the order id dedupes the same order announced twice.
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import type { MessageConsumer } from '@mallbots/runtime';
import type { SagaCoordinator } from '@mallbots/sec';
import type { Logger } from '@mallbots/telemetry';
import type { UnitOfWork } from '@mallbots/tm';
import { startCreateOrderSaga } from '../application/start-create-order-saga.ts';

/** Bounds of an order as the saga accepts it. */
export const MAX_ORDER_ITEMS = 1000;
export const MAX_ITEM_QUANTITY = 10_000;

export function orderingEvents(coordinator: SagaCoordinator<UnitOfWork>, logger: Logger): MessageConsumer {
  return {
    group: 'cosec.ordering-events',
    exchange: 'events',
    handlers: {
      [Names.ordering.OrderCreated]: async (e, uow) => {
        const items = validate.list<(typeof e.items)[number]>(e.items, 'items', MAX_ORDER_ITEMS).map((i, n) => ({
          productId: validate.requiredId(i.productId, `items[${n}].product_id`),
          storeId: validate.requiredId(i.storeId, `items[${n}].store_id`),
          price: validate.money(i.price, `items[${n}].price`),
          quantity: validate.integer(i.quantity, `items[${n}].quantity`, { min: 1, max: MAX_ITEM_QUANTITY }),
        }));
        const order = {
          orderId: validate.requiredId(e.id, 'id'),
          customerId: validate.requiredId(e.customerId, 'customer_id'),
          paymentId: validate.requiredId(e.paymentId, 'payment_id'),
          items,
        };
        const { sagaId, started } = await startCreateOrderSaga(coordinator, uow, order);
        if (!started) logger.info({ sagaId, orderId: order.orderId }, 'create-order saga already exists; OrderCreated ignored');
      },
    },
  };
}
