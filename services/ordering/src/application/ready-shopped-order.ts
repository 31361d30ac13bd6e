/**
 * ShoppingListCompleted -> ReadyOrder, made safe for an event that can arrive twice or early:
 * - the order is already ready or completed: this list completion was handled before (same fact, another message
 *   id): done, nothing published;
 * - the order is still pending: the bots can finish a list that InitiateShopping made available before the saga's
 *   ApproveOrder (the next step) reached us. That is a race, not a failure: `OrderNotApprovedYet` is not a domain
 *   error, so the message is retried with backoff until the approval has landed;
 * - the order was approved with another shopping list, or it was rejected or cancelled: FAILED_PRECONDITION, which
 *   dead-letters the event with the reason for an operator (it is a real inconsistency);
 * - otherwise approved -> ready, publishing OrderReadied.
 */
import { FailedPrecondition } from '@mallbots/rpc/errors';
import type { UnitOfWork } from '@mallbots/tm';
import { OrderStatus } from '../domain/order.ts';
import type { OrderRepository } from '../persistence/order.repository.ts';
import { publishOrderEvents } from './order-events.ts';

/** Thrown (and retried by the consumer) while the order is not approved yet. */
export class OrderNotApprovedYet extends Error {
  constructor(orderId: string) {
    super(`order ${orderId} is not approved yet; retrying`);
    this.name = 'OrderNotApprovedYet';
  }
}

export async function readyShoppedOrder(
  orders: OrderRepository,
  uow: UnitOfWork,
  orderId: string,
  shoppingListId: string,
): Promise<void> {
  const order = await orders.lockAndFind(uow, orderId);
  if (order.status === OrderStatus.Pending) throw new OrderNotApprovedYet(orderId);
  if (order.shoppingId !== '' && order.shoppingId !== shoppingListId) {
    throw new FailedPrecondition(`shopping list ${shoppingListId} is not the list of order ${orderId}`);
  }
  if (order.status === OrderStatus.Ready || order.status === OrderStatus.Completed) return;
  order.ready();
  publishOrderEvents(uow, order, await orders.save(uow, order));
}
