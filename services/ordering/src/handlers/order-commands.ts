/**
 * Saga participant (group `ordering.commands`): ApproveOrder (create-order step 5) and RejectOrder (the
 * compensation of step 0). lib/runtime's commandHandlers always replies: Success, or Failure{code, message} for a
 * DomainError (unknown order, illegal transition, malformed command), with the handler's changes rolled back.
 * Repeats are no-op successes (see the Order aggregate), so a saga that resends a command is answered consistently.
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { commandHandlers, type MessageConsumer } from '@mallbots/runtime';
import { approveOrder } from '../application/approve-order.ts';
import { rejectOrder } from '../application/reject-order.ts';
import type { OrderRepository } from '../persistence/order.repository.ts';

export function orderCommands(orders: OrderRepository): MessageConsumer {
  return {
    group: 'ordering.commands',
    exchange: 'commands',
    handlers: commandHandlers({
      [Names.ordering.ApproveOrder]: async (cmd, uow) => {
        const id = validate.requiredId(cmd.id, 'id');
        const shoppingId = validate.requiredId(cmd.shoppingId, 'shopping_id');
        await approveOrder(orders, uow, id, shoppingId);
      },
      [Names.ordering.RejectOrder]: async (cmd, uow) => {
        await rejectOrder(orders, uow, validate.requiredId(cmd.id, 'id'));
      },
    }),
  };
}
