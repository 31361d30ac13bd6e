import { describe, it, expect, beforeEach } from '@jest/globals';
import { Names } from '@mallbots/contracts';
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';
import { ReplyOutcome, SagaCoordinator, SagaHeaders, sagaIdFor, type SagaCommand, type SagaReply } from '@mallbots/sec';
import { ManualClock, MemorySagaHarness, type MemoryTx } from '@mallbots/sec/testing';
import {
  createOrderSaga,
  createOrderSagaDefinitions,
  createOrderSagaV1,
  CREATE_ORDER_REPLY_CHANNEL,
} from '../src/application/create-order-saga.ts';
import { newCreateOrderData, withShoppingId, type OrderToCreate } from '../src/domain/create-order-data.ts';

const order: OrderToCreate = {
  orderId: '0b6f2a1e-2f0c-4d1e-9a55-3c1d2e4f5a60',
  customerId: '1c7e3b2f-3a1d-4e2f-8b66-4d2e3f5a6b71',
  paymentId: '2d8f4c3a-4b2e-4f3a-9c77-5e3f4a6b7c82',
  items: [
    {
      productId: '3e9a5d4b-5c3f-4a4b-8d88-6f4a5b7c8d93',
      storeId: '4fab6e5c-6d4a-4b5c-9e99-7a5b6c8d9ea4',
      price: 9.99,
      quantity: 3,
    },
    {
      productId: '5abc7f6d-7e5b-4c6d-8faa-8b6c7d9eafb5',
      storeId: '4fab6e5c-6d4a-4b5c-9e99-7a5b6c8d9ea4',
      price: 0.1,
      quantity: 2,
    },
  ],
};
const SHOPPING_ID = '6bcd8a7e-8f6c-4d7e-9abb-9c7d8eafb0c6';

describe('CreateOrderData', () => {
  it('recomputes the total in cents and starts without a shopping list', () => {
    const d = newCreateOrderData(order);
    expect(d.total).toBe(30.17);
    expect(d.shoppingId).toBe('');
    expect(d.items).toEqual(order.items);
    expect(newCreateOrderData({ ...order, items: [{ ...order.items[0]!, price: 0.1, quantity: 3 }] }).total).toBe(0.3);
  });
  it('needs at least one item', () => {
    expect(() => newCreateOrderData({ ...order, items: [] })).toThrow(InvalidArgument);
  });
  it('sets the shopping list once', () => {
    const d = withShoppingId(newCreateOrderData(order), SHOPPING_ID);
    expect(d.shoppingId).toBe(SHOPPING_ID);
    expect(withShoppingId(d, SHOPPING_ID)).toEqual(d);
    expect(() => withShoppingId(d, order.orderId)).toThrow(FailedPrecondition);
  });
});

describe('the create-order saga', () => {
  let h: MemorySagaHarness;
  let clock: ManualClock;
  let coordinator: SagaCoordinator<MemoryTx>;
  const sagaId = sagaIdFor('cosec.CreateOrder', order.orderId);

  beforeEach(async () => {
    h = new MemorySagaHarness();
    clock = new ManualClock();
    coordinator = new SagaCoordinator({
      store: h.store,
      transport: h.transport,
      definitions: createOrderSagaDefinitions,
      now: clock.now,
    });
    await h.run((tx) => coordinator.start(tx, createOrderSaga, order.orderId, newCreateOrderData(order)));
  });

  const reply = (cmd: SagaCommand, ok: boolean, name?: string, payload: unknown = {}): SagaReply => ({
    name: name ?? (ok ? Names.common.Success : Names.common.Failure),
    payload,
    headers: {
      ...cmd.headers,
      [SagaHeaders.ReplyOutcome]: ok ? ReplyOutcome.Success : ReplyOutcome.Failure,
    },
  });
  /** Answers the outstanding command; depot's CreateShoppingList gets CreatedShoppingList with the list id. */
  const answer = async (ok = true): Promise<SagaCommand> => {
    const [cmd] = h.take();
    const created = ok && cmd!.name === Names.depot.CreateShoppingList;
    await h.run((tx) =>
      coordinator.handleReply(
        tx,
        reply(cmd!, ok, created ? Names.depot.CreatedShoppingList : undefined, created ? { id: SHOPPING_ID } : {}),
      ),
    );
    return cmd!;
  };
  const run = async (failAt?: number): Promise<SagaCommand[]> => {
    const seen: SagaCommand[] = [];
    while (h.sent.length > 0) {
      const step = Number(h.sent[0]!.headers[SagaHeaders.SagaStep]!.split(':')[0]);
      const action = h.sent[0]!.headers[SagaHeaders.SagaStep]!.includes('action');
      seen.push(await answer(!(action && step === failAt)));
    }
    return seen;
  };
  const status = () => h.store.sagas.get(sagaId)!.status;

  it("sends the six steps' commands with the right payloads and approves the order", async () => {
    expect(h.sent[0]!.headers).toMatchObject({
      [SagaHeaders.SagaId]: sagaId,
      [SagaHeaders.SagaName]: 'cosec.CreateOrder',
      [SagaHeaders.ReplyChannel]: CREATE_ORDER_REPLY_CHANNEL,
      [SagaHeaders.SagaStep]: '1:action:1',
    });
    const seen = await run();
    expect(seen.map((c) => [c.name, c.payload])).toEqual([
      [Names.customers.AuthorizeCustomer, { id: order.customerId }],
      [
        Names.depot.CreateShoppingList,
        {
          orderId: order.orderId,
          items: order.items.map(({ productId, storeId, quantity }) => ({ productId, storeId, quantity })),
        },
      ],
      [Names.payments.ConfirmPayment, { id: order.paymentId, amount: 30.17, orderId: order.orderId }],
      [Names.depot.InitiateShopping, { id: SHOPPING_ID }],
      [Names.ordering.ApproveOrder, { id: order.orderId, shoppingId: SHOPPING_ID }],
    ]);
    expect(status()).toBe('completed');
  });

  const payloadOf = (name: string) =>
    name === Names.ordering.RejectOrder
      ? { id: order.orderId }
      : name === Names.payments.CancelPayment
        ? { id: order.paymentId, orderId: order.orderId }
        : { id: SHOPPING_ID };

  it.each([
    [1, [Names.ordering.RejectOrder]],
    [2, [Names.ordering.RejectOrder]],
    [3, [Names.depot.CancelShoppingList, Names.ordering.RejectOrder]],
    [4, [Names.payments.CancelPayment, Names.depot.CancelShoppingList, Names.ordering.RejectOrder]],
    [5, [Names.payments.CancelPayment, Names.depot.CancelShoppingList, Names.ordering.RejectOrder]],
  ])('a failure at step %i is compensated by exactly %j', async (step, compensations) => {
    const seen = await run(step);
    expect(seen.slice(step).map((c) => c.name)).toEqual(compensations);
    expect(seen.slice(step).map((c) => c.payload)).toEqual(compensations.map(payloadOf));
    expect(status()).toBe('compensated');
  });

  it('releases the payment too when ConfirmPayment times out (payments may still confirm it late)', async () => {
    await answer(); // AuthorizeCustomer
    await answer(); // CreateShoppingList
    clock.advance(30_000);
    expect(await h.run((tx) => coordinator.expire(tx, sagaId))).toBe(true);
    const compensations = [Names.payments.CancelPayment, Names.depot.CancelShoppingList, Names.ordering.RejectOrder];
    const timedOut = h.sent.shift()!; // never answered
    expect(timedOut.name).toBe(Names.payments.ConfirmPayment);
    const seen = await run();
    expect(seen.map((c) => c.name)).toEqual(compensations);
    expect(seen.map((c) => c.payload)).toEqual(compensations.map(payloadOf));
    expect(status()).toBe('compensated');
  });

  it('runs an instance started with version 1 to its end as version 1 (no order in ConfirmPayment, no CancelPayment)', async () => {
    const v1Order = { ...order, orderId: '9c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f' };
    const v1Id = sagaIdFor('cosec.CreateOrder', v1Order.orderId);
    h.take();
    await h.run((tx) => coordinator.start(tx, createOrderSagaV1, v1Order.orderId, newCreateOrderData(v1Order)));
    const seen = await run(4);
    expect(seen.map((c) => c.name)).toEqual([
      Names.customers.AuthorizeCustomer,
      Names.depot.CreateShoppingList,
      Names.payments.ConfirmPayment,
      Names.depot.InitiateShopping,
      Names.depot.CancelShoppingList,
      Names.ordering.RejectOrder,
    ]);
    expect(seen[2]!.payload).toEqual({ id: order.paymentId, amount: 30.17 });
    expect(h.store.sagas.get(v1Id)!.status).toBe('compensated');
  });

  it('rejects the order only, when CreateShoppingList times out (no list id to cancel)', async () => {
    await answer(); // AuthorizeCustomer
    clock.advance(30_000);
    expect(await h.run((tx) => coordinator.expire(tx, sagaId))).toBe(true);
    expect(h.sent.map((c) => c.name)).toEqual([Names.depot.CreateShoppingList, Names.ordering.RejectOrder]);
  });

  it('treats a CreatedShoppingList without a valid id as a failure of step 2', async () => {
    await answer();
    const [cmd] = h.take();
    await h.run((tx) => coordinator.handleReply(tx, reply(cmd!, true, Names.depot.CreatedShoppingList, { id: 'nope' })));
    expect(h.store.history.get(sagaId)![1]).toMatchObject({
      outcome: 'failure',
      detail: 'invalid reply mallbots.depot.v1.CreatedShoppingList: id must be a UUID, got "nope"',
    });
    expect(h.sent.map((c) => c.name)).toEqual([Names.ordering.RejectOrder]);
  });
});
