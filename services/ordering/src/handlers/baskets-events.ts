/**
 * Integration events from baskets (group `ordering.baskets-events`): a checked-out basket becomes a pending order
 * whose id is the basket id. The inbox drops a redelivered message; the use case also treats an existing order as
 * done, so the same checkout arriving under another message id creates nothing and does not fail. A malformed
 * message is an INVALID_ARGUMENT and is dead-lettered.
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import type { MessageConsumer } from '@mallbots/runtime';
import type { Logger } from '@mallbots/telemetry';
import { createOrderFromCheckout } from '../application/create-order-from-checkout.ts';
import { parseNewOrder } from '../application/order-input.ts';
import type { OrderRepository } from '../persistence/order.repository.ts';

export function basketEvents(orders: OrderRepository, logger: Logger): MessageConsumer {
  return {
    group: 'ordering.baskets-events',
    exchange: 'events',
    handlers: {
      [Names.baskets.BasketCheckedOut]: async (msg, uow) => {
        const basketId = validate.requiredId(msg.id, 'id');
        const created = await createOrderFromCheckout(orders, uow, basketId, parseNewOrder(msg));
        if (!created) logger.info({ orderId: basketId }, 'checkout already turned into an order; ignoring the repeat');
      },
    },
  };
}
