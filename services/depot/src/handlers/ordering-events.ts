/**
 * Integration events from ordering (group `depot.ordering-events`): a cancelled or rejected order cancels its
 * shopping list, if it has one (see cancel-order-shopping-list.ts). Redeliveries are no-ops: the list is already
 * cancelled.
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import type { MessageConsumer } from '@mallbots/runtime';
import type { Logger } from '@mallbots/telemetry';
import type { UnitOfWork } from '@mallbots/tm';
import { cancelOrderShoppingList } from '../application/cancel-order-shopping-list.ts';
import type { ShoppingListRepository } from '../persistence/shopping-list.repository.ts';

export function orderingEvents(lists: ShoppingListRepository, logger: Logger): MessageConsumer {
  const cancel = async (msg: { id: string }, uow: UnitOfWork, why: string): Promise<void> => {
    const orderId = validate.requiredId(msg.id, 'id');
    if (await cancelOrderShoppingList(lists, uow, orderId))
      logger.info({ orderId, why }, 'shopping list cancelled with its order');
  };
  return {
    group: 'depot.ordering-events',
    exchange: 'events',
    handlers: {
      [Names.ordering.OrderCanceled]: (msg, uow) => cancel(msg, uow, 'order cancelled'),
      [Names.ordering.OrderRejected]: (msg, uow) => cancel(msg, uow, 'order rejected'),
    },
  };
}
