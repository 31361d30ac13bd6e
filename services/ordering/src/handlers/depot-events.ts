/**
 * Integration events from depot (group `ordering.depot-events`): a completed shopping list makes its order ready.
 * See ready-shopped-order.ts for repeats (no-op), early arrivals (retried) and inconsistencies (dead-lettered).
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import type { MessageConsumer } from '@mallbots/runtime';
import { readyShoppedOrder } from '../application/ready-shopped-order.ts';
import type { OrderRepository } from '../persistence/order.repository.ts';

export function depotEvents(orders: OrderRepository): MessageConsumer {
  return {
    group: 'ordering.depot-events',
    exchange: 'events',
    handlers: {
      [Names.depot.ShoppingListCompleted]: async (msg, uow) => {
        const listId = validate.requiredId(msg.id, 'id');
        const orderId = validate.requiredId(msg.orderId, 'order_id');
        await readyShoppedOrder(orders, uow, orderId, listId);
      },
    },
  };
}
