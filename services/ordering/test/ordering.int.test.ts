import { describe, it, expect, beforeAll, afterAll, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Headers, type Broker } from '@mallbots/am';
import { queueDepth } from '@mallbots/am/testing';
import { Names, type MessageName, type MessageTypes } from '@mallbots/contracts';
import type { ReflectionClient } from '@mallbots/rpc/testing';
import {
  startServiceUnderTest,
  type ServiceUnderTest,
  observeDecoded,
  publishMessage,
  sendCommand,
  type DecodedMessage,
  type TestEnv,
  type TestPublisher,
  grpcError,
  eventually as waitUntil,
} from '@mallbots/runtime/testing';
import type { RunningService } from '@mallbots/runtime';
import { orderingService } from '../src/module.ts';

const SVC = 'mallbots.ordering.v1.OrderingService';
const REPLY_CHANNEL = 'test.ordering.replies';
const SAGA = 'cosec.CreateOrder';

// Start-up (database, migrations, broker) can take a few seconds on a busy machine.
jest.setTimeout(30_000);

describe('ordering service (gRPC + PostgreSQL + RabbitMQ)', () => {
  let t: ServiceUnderTest;
  let env: TestEnv;
  let svc: RunningService;
  let client: ReflectionClient;
  let broker: Broker;
  const events: DecodedMessage[] = [];
  const replies: DecodedMessage[] = [];

  beforeAll(async () => {
    t = await startServiceUnderTest(orderingService, {
      observe: [
        observeDecoded('observer.events', 'events', 'mallbots.ordering.v1.#', events),
        observeDecoded('observer.replies', 'replies', REPLY_CHANNEL, replies),
      ],
    });
    ({ env, svc, client, broker } = t);
  });
  afterAll(async () => {
    await t.close();
  });

  const call = (m: string, req: Record<string, unknown>) => client.call(`${SVC}/${m}`, req);
  const code = (m: string, req: Record<string, unknown>) => grpcError(call(m, req), m);
  const eventually = (pred: () => boolean | Promise<boolean>, ms = 8000): Promise<void> => waitUntil(pred, ms, 25);
  const settle = (ms = 400): Promise<void> => new Promise((r) => setTimeout(r, ms));
  const publish: TestPublisher = (exchange, name, payload, opts) => publishMessage(broker, exchange, name, payload, opts);
  /** Sends a saga command and waits for its reply (matched by saga id). */
  const command = <N extends MessageName>(name: N, payload: MessageTypes[N]['input']): Promise<DecodedMessage> =>
    sendCommand(broker, replies, name, payload, { replyChannel: REPLY_CHANNEL, sagaName: SAGA });
  const eventsOf = (orderId: string, name?: string): DecodedMessage[] =>
    events.filter((e) => e.payload['id'] === orderId && (name === undefined || e.name === name));
  const getOrder = async (id: string): Promise<Record<string, unknown>> =>
    (await call('GetOrder', { id })).order as Record<string, unknown>;
  const dlq = (group: string): Promise<number> => queueDepth(env.rabbitmqUrl, `${env.namespace}${group}.dlq`);

  const storeId = randomUUID();
  const item = (over: Record<string, unknown> = {}) => ({
    store_id: storeId,
    product_id: randomUUID(),
    store_name: 'Corner Shop',
    product_name: 'Apples',
    price: 1.1,
    quantity: 3,
    ...over,
  });
  const checkout = (basketId: string) => ({
    id: basketId,
    customerId: randomUUID(),
    paymentId: randomUUID(),
    items: [
      { storeId, productId: randomUUID(), storeName: 'Corner Shop', productName: 'Apples', price: 1.1, quantity: 3 },
      { storeId, productId: randomUUID(), storeName: 'Corner Shop', productName: 'Pears', price: 0.2, quantity: 1 },
    ],
  });
  const createPending = async (): Promise<string> =>
    (await call('CreateOrder', { customer_id: randomUUID(), payment_id: randomUUID(), items: [item()] })).id as string;

  it('is discoverable through reflection, including health', async () => {
    expect(await client.listServices()).toContain(SVC);
    expect(await client.call('grpc.health.v1.Health/Check', { service: '' })).toEqual({ status: 'SERVING' });
  });

  it('turns BasketCheckedOut into one pending order with id = basket id, however often it is delivered', async () => {
    const basketId = randomUUID();
    const msg = checkout(basketId);
    const first = await publish('events', Names.baskets.BasketCheckedOut, msg);
    await publish('events', Names.baskets.BasketCheckedOut, msg, { messageId: first }); // redelivery: same message id
    await publish('events', Names.baskets.BasketCheckedOut, msg); // the same fact under another message id

    await eventually(() => eventsOf(basketId, Names.ordering.OrderCreated).length > 0);
    const order = await getOrder(basketId);
    expect(order).toMatchObject({
      id: basketId,
      customer_id: msg.customerId,
      payment_id: msg.paymentId,
      shopping_id: '',
      invoice_id: '',
      total: 3.5,
      status: 'ORDER_STATUS_PENDING',
    });
    expect((order.items as unknown[]).length).toBe(2);

    await settle();
    const created = eventsOf(basketId, Names.ordering.OrderCreated);
    expect(created).toHaveLength(1);
    expect(created[0]!.payload).toMatchObject({ id: basketId, customerId: msg.customerId, total: 3.5, version: 1 });
    expect(await dlq('ordering.baskets-events')).toBe(0);
    const rows = await svc.context.orm.em
      .fork()
      .execute<{ n: string }[]>('select count(*) as n from ordering.events where stream_id = ?', [basketId]);
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('dead-letters a malformed BasketCheckedOut and creates nothing', async () => {
    const basketId = randomUUID();
    await publish('events', Names.baskets.BasketCheckedOut, { ...checkout(basketId), items: [] });
    await publish('events', Names.baskets.BasketCheckedOut, { ...checkout(randomUUID()), paymentId: 'nope' });
    await eventually(async () => (await dlq('ordering.baskets-events')) === 2);
    expect(await code('GetOrder', { id: basketId })).toEqual({ code: 5, details: `order ${basketId} not found` });
  });

  it('creates, reads and cancels an order over gRPC; OrderCanceled tells depot which order (and list) to drop', async () => {
    const customerId = randomUUID();
    const paymentId = randomUUID();
    const { id } = (await call('CreateOrder', {
      customer_id: customerId,
      payment_id: paymentId,
      items: [item({ price: 10.005, quantity: 2 })],
    })) as { id: string };
    expect(await getOrder(id)).toMatchObject({ id, status: 'ORDER_STATUS_PENDING', total: 20.02 });

    await call('CancelOrder', { id });
    expect((await getOrder(id)).status).toBe('ORDER_STATUS_CANCELLED');
    expect(await code('CancelOrder', { id })).toEqual({
      code: 9,
      details: `order ${id} is cancelled; only pending orders can be cancelled`,
    });
    await eventually(() => eventsOf(id, Names.ordering.OrderCanceled).length === 1);
    // A pending order has no shopping id yet (it arrives with ApproveOrder): depot cancels by order id.
    expect(eventsOf(id, Names.ordering.OrderCanceled)[0]!.payload).toEqual({
      id,
      customerId,
      paymentId,
      shoppingId: '',
      version: 2,
    });
  });

  it('approves through the ApproveOrder command, replying Success; a repeat is a no-op success', async () => {
    const id = await createPending();
    const shoppingId = randomUUID();
    const reply = await command(Names.ordering.ApproveOrder, { id, shoppingId });
    expect(reply.name).toBe(Names.common.Success);
    expect(reply.headers[Headers.ReplyOutcome]).toBe('SUCCESS');
    expect(reply.headers[Headers.SagaName]).toBe(SAGA);
    expect(await getOrder(id)).toMatchObject({ status: 'ORDER_STATUS_APPROVED', shopping_id: shoppingId });

    const again = await command(Names.ordering.ApproveOrder, { id, shoppingId });
    expect(again.name).toBe(Names.common.Success);
    const other = await command(Names.ordering.ApproveOrder, { id, shoppingId: randomUUID() });
    expect(other.name).toBe(Names.common.Failure);
    expect(other.headers[Headers.ReplyOutcome]).toBe('FAILURE');
    expect(other.payload).toEqual({
      code: 'FAILED_PRECONDITION',
      message: `order ${id} is already approved with shopping list ${shoppingId}`,
    });
    const rejected = await command(Names.ordering.RejectOrder, { id });
    expect(rejected.payload).toEqual({
      code: 'FAILED_PRECONDITION',
      message: `order ${id} is approved; only pending orders can be rejected`,
    });

    await settle();
    const approved = eventsOf(id, Names.ordering.OrderApproved);
    expect(approved).toHaveLength(1);
    expect(approved[0]!.payload).toMatchObject({ id, shoppingId, version: 2 });
    expect(eventsOf(id, Names.ordering.OrderRejected)).toHaveLength(0);
    expect((await getOrder(id)).status).toBe('ORDER_STATUS_APPROVED');
  });

  it('rejects through the RejectOrder command; a repeat is a no-op; a rejected order cannot be approved', async () => {
    const id = await createPending();
    expect((await command(Names.ordering.RejectOrder, { id })).name).toBe(Names.common.Success);
    expect((await command(Names.ordering.RejectOrder, { id })).name).toBe(Names.common.Success);
    expect((await getOrder(id)).status).toBe('ORDER_STATUS_REJECTED');
    const approve = await command(Names.ordering.ApproveOrder, { id, shoppingId: randomUUID() });
    expect(approve.payload).toEqual({
      code: 'FAILED_PRECONDITION',
      message: `order ${id} is rejected; only pending orders can be approved`,
    });
    await settle();
    expect(eventsOf(id, Names.ordering.OrderRejected)).toHaveLength(1);
    expect(eventsOf(id, Names.ordering.OrderRejected)[0]!.payload).toMatchObject({ id, version: 2 });
  });

  it('answers malformed or unknown commands with a Failure reply', async () => {
    const unknown = randomUUID();
    expect((await command(Names.ordering.RejectOrder, { id: unknown })).payload).toEqual({
      code: 'NOT_FOUND',
      message: `order ${unknown} not found`,
    });
    expect((await command(Names.ordering.ApproveOrder, { id: randomUUID(), shoppingId: '' })).payload).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'shopping_id cannot be blank',
    });
    expect((await command(Names.ordering.RejectOrder, { id: 'x' })).payload).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'id must be a UUID, got "x"',
    });
  });

  it('ShoppingListCompleted readies the order (once); CompleteOrder keeps the invoice id', async () => {
    const id = await createPending();
    const shoppingId = randomUUID();
    await command(Names.ordering.ApproveOrder, { id, shoppingId });
    const completed = { id: shoppingId, orderId: id };
    await publish('events', Names.depot.ShoppingListCompleted, completed);
    await publish('events', Names.depot.ShoppingListCompleted, completed); // same fact, another message id
    await eventually(async () => (await getOrder(id)).status === 'ORDER_STATUS_READY');

    const invoiceId = randomUUID();
    await call('CompleteOrder', { id, invoice_id: invoiceId });
    expect(await getOrder(id)).toMatchObject({
      status: 'ORDER_STATUS_COMPLETED',
      invoice_id: invoiceId,
      shopping_id: shoppingId,
    });
    expect(await code('CompleteOrder', { id, invoice_id: invoiceId })).toEqual({
      code: 9,
      details: `order ${id} is completed; only ready orders can be completed`,
    });

    await eventually(() => eventsOf(id, Names.ordering.OrderCompleted).length === 1);
    await settle();
    const readied = eventsOf(id, Names.ordering.OrderReadied);
    expect(readied).toHaveLength(1);
    expect(readied[0]!.payload).toMatchObject({ id, total: 3.3, version: 3 });
    expect(eventsOf(id, Names.ordering.OrderCompleted)[0]!.payload).toMatchObject({ id, invoiceId, version: 4 });
    expect(await dlq('ordering.depot-events')).toBe(0);
  });

  it('a list completed before the approval landed is retried until the order is approved', async () => {
    const id = await createPending();
    const shoppingId = randomUUID();
    await publish('events', Names.depot.ShoppingListCompleted, { id: shoppingId, orderId: id });
    await settle(300);
    expect((await getOrder(id)).status).toBe('ORDER_STATUS_PENDING');
    await command(Names.ordering.ApproveOrder, { id, shoppingId });
    await eventually(async () => (await getOrder(id)).status === 'ORDER_STATUS_READY', 10_000);
    expect(await dlq('ordering.depot-events')).toBe(0);
  });

  it('dead-letters a completed list that does not belong to the order', async () => {
    const id = await createPending();
    await command(Names.ordering.ApproveOrder, { id, shoppingId: randomUUID() });
    const before = await dlq('ordering.depot-events');
    await publish('events', Names.depot.ShoppingListCompleted, { id: randomUUID(), orderId: id });
    await eventually(async () => (await dlq('ordering.depot-events')) === before + 1);
    expect((await getOrder(id)).status).toBe('ORDER_STATUS_APPROVED');
  });

  it('ReadyOrder over gRPC needs an approved order', async () => {
    const id = await createPending();
    expect(await code('ReadyOrder', { id })).toEqual({
      code: 9,
      details: `order ${id} is pending; only approved orders can be made ready`,
    });
    await command(Names.ordering.ApproveOrder, { id, shoppingId: randomUUID() });
    await call('ReadyOrder', { id });
    expect((await getOrder(id)).status).toBe('ORDER_STATUS_READY');
    expect(await code('ReadyOrder', { id })).toEqual({
      code: 9,
      details: `order ${id} is ready; only approved orders can be made ready`,
    });
  });

  it('rejects bad input with INVALID_ARGUMENT naming the field, and unknown ids with NOT_FOUND', async () => {
    const ok = { customer_id: randomUUID(), payment_id: randomUUID(), items: [item()] };
    const cases: [string, Record<string, unknown>, string][] = [
      ['CreateOrder', { ...ok, customer_id: '' }, 'customer_id cannot be blank'],
      ['CreateOrder', { ...ok, payment_id: 'pay-1' }, 'payment_id must be a UUID, got "pay-1"'],
      ['CreateOrder', { ...ok, items: [] }, 'items must have at least one entry'],
      ['CreateOrder', { ...ok, items: Array.from({ length: 101 }, () => item()) }, 'items must have at most 100 entries'],
      ['CreateOrder', { ...ok, items: [item({ store_id: 'x' })] }, 'items[0].store_id must be a UUID, got "x"'],
      ['CreateOrder', { ...ok, items: [item(), item({ product_id: '' })] }, 'items[1].product_id cannot be blank'],
      ['CreateOrder', { ...ok, items: [item({ store_name: ' ' })] }, 'items[0].store_name cannot be blank'],
      [
        'CreateOrder',
        { ...ok, items: [item({ product_name: 'x'.repeat(201) })] },
        'items[0].product_name must be at most 200 characters',
      ],
      ['CreateOrder', { ...ok, items: [item({ price: -1 })] }, 'items[0].price cannot be negative'],
      ['CreateOrder', { ...ok, items: [item({ price: 1e10 })] }, 'items[0].price must be at most 1000000000'],
      ['CreateOrder', { ...ok, items: [item({ quantity: 0 })] }, 'items[0].quantity must be at least 1'],
      ['CreateOrder', { ...ok, items: [item({ quantity: 1001 })] }, 'items[0].quantity must be at most 1000'],
      ['GetOrder', { id: '' }, 'id cannot be blank'],
      ['GetOrder', { id: 'not-a-uuid' }, 'id must be a UUID, got "not-a-uuid"'],
      ['CancelOrder', { id: '' }, 'id cannot be blank'],
      ['ReadyOrder', { id: '42' }, 'id must be a UUID, got "42"'],
      ['CompleteOrder', { id: randomUUID(), invoice_id: '' }, 'invoice_id cannot be blank'],
      ['CompleteOrder', { id: 'x', invoice_id: randomUUID() }, 'id must be a UUID, got "x"'],
    ];
    for (const [method, req, details] of cases) {
      expect({ method, ...(await code(method, req)) }).toEqual({ method, code: 3, details });
    }
    const unknown = randomUUID();
    for (const [method, req] of [
      ['GetOrder', { id: unknown }],
      ['CancelOrder', { id: unknown }],
      ['ReadyOrder', { id: unknown }],
      ['CompleteOrder', { id: unknown, invoice_id: randomUUID() }],
    ] as const) {
      expect(await code(method, req)).toEqual({ code: 5, details: `order ${unknown} not found` });
    }
    // the service is still up after all of that
    expect((await call('CreateOrder', ok)).id).toBeDefined();
  });
});
