/**
 * The create-order saga (ARCHITECTURE.md §6), started by OrderCreated. Each step's comment says what it does and
 * what undoes it; compensations run in reverse order, from the step before the one that failed. A step whose
 * action timed out (its effect is unknown) also runs its own compensation when it can: CancelShoppingList needs
 * the list id, so after a timeout of step 2 there is nothing it could name and it is skipped.
 *
 * Changing the steps, the commands or the data shape means a new version: add `createOrderSagaV2`, make it
 * `createOrderSaga`, and keep V1 in `createOrderSagaDefinitions` until no V1 instance is running or compensating
 * (ListSagas shows their definition_version).
 */
import { Names, type MessageTypes } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { defineSaga, type SagaDefinition } from '@mallbots/sec';
import { withShoppingId, type CreateOrderData } from '../domain/create-order-data.ts';

export const CREATE_ORDER_SAGA = 'cosec.CreateOrder';
/** Participants reply on the replies exchange with this routing key. */
export const CREATE_ORDER_REPLY_CHANNEL = 'cosec.create-order';

/**
 * Version 1, as the original: ConfirmPayment names no order and has no compensation, so an order rejected after
 * its payment was confirmed (step 4 or 5 failed, or step 3 timed out and payments confirmed late) kept the money.
 * Kept for instances started before version 2.
 */
export const createOrderSagaV1 = createOrderSagaVersion(1);

/**
 * Version 2: ConfirmPayment binds the payment to the order, and -CancelPayment (refund, or void when it was not
 * confirmed yet) undoes step 3 (ADR 0004).
 */
export const createOrderSagaV2 = createOrderSagaVersion(2);

function createOrderSagaVersion(version: 1 | 2): SagaDefinition<CreateOrderData> {
  const payment = defineSaga<CreateOrderData, MessageTypes>({
    name: CREATE_ORDER_SAGA,
    version,
    replyChannel: CREATE_ORDER_REPLY_CHANNEL,
  })
    // 0. -RejectOrder: the order is pending before the saga starts; rejecting it is the last compensation
    .step(0)
    .compensation(Names.ordering.RejectOrder, (d) => ({ id: d.orderId }))
    // 1. AuthorizeCustomer: an unknown or disabled customer fails the order; nothing to undo
    .step(1)
    .action(Names.customers.AuthorizeCustomer, (d) => ({ id: d.customerId }))
    // 2. CreateShoppingList, -CancelShoppingList: the CreatedShoppingList reply carries the list id
    .step(2)
    .action(Names.depot.CreateShoppingList, (d) => ({
      orderId: d.orderId,
      items: d.items.map((i) => ({ productId: i.productId, storeId: i.storeId, quantity: i.quantity })),
    }))
    .onReply(Names.depot.CreatedShoppingList, (d, reply) => withShoppingId(d, validate.requiredId(reply.id, 'id')))
    .compensation(Names.depot.CancelShoppingList, (d) => (d.shoppingId ? { id: d.shoppingId } : undefined))
    // 3. ConfirmPayment: the authorized payment must match the order total; version 2 binds it to the order, and
    //    -CancelPayment refunds it (or voids it, when the step timed out before payments confirmed it)
    .step(3);
  const confirmed =
    version === 1
      ? payment.action(Names.payments.ConfirmPayment, (d) => ({ id: d.paymentId, amount: d.total }))
      : payment
          .action(Names.payments.ConfirmPayment, (d) => ({ id: d.paymentId, amount: d.total, orderId: d.orderId }))
          .compensation(Names.payments.CancelPayment, (d) => ({ id: d.paymentId, orderId: d.orderId }));
  return (
    confirmed
      // 4. InitiateShopping: the list becomes available to the bots (undone by step 2's CancelShoppingList)
      .step(4)
      .action(Names.depot.InitiateShopping, (d) => ({ id: d.shoppingId }))
      // 5. ApproveOrder: the order is approved with its shopping list; the saga is complete
      .step(5)
      .action(Names.ordering.ApproveOrder, (d) => ({ id: d.orderId, shoppingId: d.shoppingId }))
      .build()
  );
}

/** The version new sagas start with. */
export const createOrderSaga = createOrderSagaV2;

/** Every version that may still have unfinished instances (the coordinator needs all of them). */
export const createOrderSagaDefinitions: readonly SagaDefinition<CreateOrderData>[] = [createOrderSagaV1, createOrderSagaV2];
