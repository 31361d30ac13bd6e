/**
 * payments against real PostgreSQL and RabbitMQ: every RPC with its bad input, the saga's ConfirmPayment command
 * and its replies, and invoices created from OrderReadied (published here as ordering would).
 */
import { randomUUID } from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { Headers, type Broker, type Envelope } from '@mallbots/am';
import { queueDepth } from '@mallbots/am/testing';
import { Names, decodeMessage, type MessageName, type MessageTypes } from '@mallbots/contracts';
import type { ReflectionClient } from '@mallbots/rpc/testing';
import {
  startServiceUnderTest,
  type ServiceUnderTest,
  publishMessage,
  type TestEnv,
  grpcError,
  eventually as waitUntil,
} from '@mallbots/runtime/testing';
import type { RunningService } from '@mallbots/runtime';
import { paymentsService } from '../src/module.ts';

const SVC = 'mallbots.payments.v1.PaymentsService';
const REPLY_CHANNEL = 'test.payments.replies';

describe('payments service (gRPC + PostgreSQL + RabbitMQ)', () => {
  let t: ServiceUnderTest;
  let env: TestEnv;
  let svc: RunningService;
  let client: ReflectionClient;
  let broker: Broker;
  const events: Envelope[] = [];
  const replies: Envelope[] = [];

  beforeAll(async () => {
    t = await startServiceUnderTest(paymentsService, {
      observe: [
        { queue: 'observer.events', exchange: 'events', routingKey: 'mallbots.payments.v1.#', onMessage: (e) => events.push(e) },
        { queue: 'observer.replies', exchange: 'replies', routingKey: REPLY_CHANNEL, onMessage: (e) => replies.push(e) },
      ],
    });
    ({ env, svc, client, broker } = t);
  });
  afterAll(async () => {
    await t.close();
  });

  const call = (m: string, req: Record<string, unknown>) => client.call(`${SVC}/${m}`, req);
  const code = (m: string, req: Record<string, unknown>) => grpcError(call(m, req), m);
  const eventually = (pred: () => boolean | Promise<boolean>, ms = 5000): Promise<void> => waitUntil(pred, ms, 20);
  const sql = <T>(q: string, params: unknown[] = []) => svc.context.orm.em.fork().execute<T[]>(q, params);
  const inInbox = async (messageId: string) =>
    (await sql('select 1 from payments.inbox where message_id = ?', [messageId])).length === 1;
  const authorize = async (amount: number) =>
    ((await call('AuthorizePayment', { customer_id: randomUUID(), amount })) as { id: string }).id;
  const confirmedAt = async (id: string) =>
    (await sql<{ confirmed_at: string | null }>('select confirmed_at from payments.payments where id = ?', [id]))[0]
      ?.confirmed_at;

  /** Sends a command as the create-order saga would (cosec's outbox: commands exchange, reply headers). */
  const sendCommand = <N extends typeof Names.payments.ConfirmPayment | typeof Names.payments.CancelPayment>(
    name: N,
    payload: MessageTypes[N]['input'],
    sagaId: string,
    messageId?: string,
  ): Promise<string> =>
    publishMessage(broker, 'commands', name, payload, {
      headers: { [Headers.ReplyChannel]: REPLY_CHANNEL, [Headers.SagaId]: sagaId, [Headers.SagaName]: 'cosec.CreateOrder' },
      messageId,
      requireRoute: true,
    });
  const sendConfirm = (
    payload: MessageTypes[typeof Names.payments.ConfirmPayment]['input'],
    sagaId: string,
    messageId?: string,
  ) => sendCommand(Names.payments.ConfirmPayment, payload, sagaId, messageId);
  const sendCancel = (payload: MessageTypes[typeof Names.payments.CancelPayment]['input'], sagaId: string) =>
    sendCommand(Names.payments.CancelPayment, payload, sagaId);
  const paymentOf = async (id: string) =>
    (await call('GetPayment', { id })).payment as { confirmed: boolean; status: string; order_id: string };
  const canceledAt = async (id: string) =>
    (await sql<{ canceled_at: string | null }>('select canceled_at from payments.payments where id = ?', [id]))[0]?.canceled_at;
  const repliesFor = (sagaId: string) => replies.filter((r) => r.headers[Headers.SagaId] === sagaId);
  const replyFor = async (sagaId: string) => {
    await eventually(() => repliesFor(sagaId).length > 0);
    const r = repliesFor(sagaId)[0]!;
    return {
      name: r.name,
      outcome: r.headers[Headers.ReplyOutcome],
      sagaName: r.headers[Headers.SagaName],
      payload: decodeMessage(r.name as MessageName, r.payload),
    };
  };
  const publishEvent = <N extends MessageName>(name: N, payload: MessageTypes[N]['input'], messageId?: string): Promise<string> =>
    publishMessage(broker, 'events', name, payload, { messageId, requireRoute: true });

  it('is discoverable through reflection, including health', async () => {
    expect(await client.listServices()).toContain(SVC);
    expect(await client.call('grpc.health.v1.Health/Check', { service: '' })).toEqual({ status: 'SERVING' });
  });

  it('authorizes, reads and confirms a payment; the amount must match and a repeat confirm is idempotent', async () => {
    const customerId = randomUUID();
    const { id } = (await call('AuthorizePayment', { customer_id: customerId, amount: 30.005 })) as { id: string };
    expect(await call('GetPayment', { id })).toEqual({
      payment: {
        id,
        customer_id: customerId,
        amount: 30.01,
        confirmed: false,
        status: 'PAYMENT_STATUS_AUTHORIZED',
        order_id: '',
      },
    });

    expect(await code('ConfirmPayment', { id, amount: 30 })).toEqual({ code: 9, details: 'payment amount does not match' });
    expect(((await call('GetPayment', { id })).payment as { confirmed: boolean }).confirmed).toBe(false);

    await call('ConfirmPayment', { id, amount: 30.01 });
    expect(((await call('GetPayment', { id })).payment as { confirmed: boolean }).confirmed).toBe(true);
    const first = await confirmedAt(id);
    expect(first).toBeTruthy();
    await call('ConfirmPayment', { id, amount: 30.01 });
    expect(await confirmedAt(id)).toEqual(first);
    expect(await code('ConfirmPayment', { id, amount: 31 })).toEqual({ code: 9, details: 'payment amount does not match' });
    expect(await paymentOf(id)).toMatchObject({ status: 'PAYMENT_STATUS_CONFIRMED', order_id: '' });
  });

  it('binds a payment to the order it is confirmed for: it never pays for a second order', async () => {
    const id = await authorize(20);
    const orderA = randomUUID();
    await call('ConfirmPayment', { id, amount: 20, order_id: orderA });
    expect(await paymentOf(id)).toMatchObject({ confirmed: true, status: 'PAYMENT_STATUS_CONFIRMED', order_id: orderA });
    await call('ConfirmPayment', { id, amount: 20, order_id: orderA });
    expect(await code('ConfirmPayment', { id, amount: 20, order_id: randomUUID() })).toEqual({
      code: 9,
      details: 'payment is confirmed for another order',
    });
    expect(await code('ConfirmPayment', { id, amount: 20, order_id: 'x' })).toEqual({
      code: 3,
      details: 'order_id must be a UUID, got "x"',
    });
    expect((await paymentOf(id)).order_id).toBe(orderA);
  });

  it('creates, adjusts, pays and cancels invoices; paying publishes InvoicePaid', async () => {
    const paymentId = await authorize(50);
    const orderId = randomUUID();
    expect(await call('CreateInvoice', { order_id: orderId, payment_id: paymentId, amount: 50 })).toEqual({ id: orderId });
    expect(await call('GetInvoice', { id: orderId })).toEqual({
      invoice: { id: orderId, order_id: orderId, payment_id: paymentId, amount: 50, status: 'INVOICE_STATUS_PENDING' },
    });
    expect(await code('CreateInvoice', { order_id: orderId, payment_id: paymentId, amount: 50 })).toEqual({
      code: 6,
      details: `order ${orderId} already has an invoice`,
    });

    await call('AdjustInvoice', { id: orderId, amount: 45.5 });
    expect(((await call('GetInvoice', { id: orderId })).invoice as { amount: number }).amount).toBe(45.5);

    await call('PayInvoice', { id: orderId });
    expect(((await call('GetInvoice', { id: orderId })).invoice as { status: string }).status).toBe('INVOICE_STATUS_PAID');
    await eventually(() => events.some((e) => e.name === Names.payments.InvoicePaid));
    const paid = events
      .filter((e) => e.name === Names.payments.InvoicePaid)
      .map((e) => decodeMessage(Names.payments.InvoicePaid, e.payload))
      .filter((p) => p.id === orderId);
    expect(paid).toEqual([{ id: orderId, orderId }]);

    expect(await code('PayInvoice', { id: orderId })).toEqual({
      code: 9,
      details: 'cannot pay the invoice: the invoice is paid',
    });
    expect(await code('AdjustInvoice', { id: orderId, amount: 1 })).toEqual({
      code: 9,
      details: 'cannot adjust the invoice: the invoice is paid',
    });
    expect(await code('CancelInvoice', { id: orderId })).toEqual({
      code: 9,
      details: 'cannot cancel the invoice: the invoice is paid',
    });

    const other = randomUUID();
    await call('CreateInvoice', { order_id: other, payment_id: paymentId, amount: 0 });
    await call('CancelInvoice', { id: other });
    expect(((await call('GetInvoice', { id: other })).invoice as { status: string }).status).toBe('INVOICE_STATUS_CANCELED');
    expect(await code('PayInvoice', { id: other })).toEqual({
      code: 9,
      details: 'cannot pay the invoice: the invoice is canceled',
    });
    expect(await code('CancelInvoice', { id: other })).toEqual({
      code: 9,
      details: 'cannot cancel the invoice: the invoice is canceled',
    });
    // Two concurrent payments of one invoice: the row lock lets one win; the other sees it paid.
    const raced = randomUUID();
    await call('CreateInvoice', { order_id: raced, payment_id: paymentId, amount: 5 });
    const outcomes = await Promise.allSettled([call('PayInvoice', { id: raced }), call('PayInvoice', { id: raced })]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason.code)).toEqual([9]);

    // Only the two paid invoices were published, once each.
    await eventually(() => events.filter((e) => e.name === Names.payments.InvoicePaid).length >= 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(
      events
        .filter((e) => e.name === Names.payments.InvoicePaid)
        .map((e) => decodeMessage(Names.payments.InvoicePaid, e.payload).id),
    ).toEqual([orderId, raced]);
  });

  it('rejects bad input with INVALID_ARGUMENT naming the field, and unknown ids with NOT_FOUND', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const customer_id = randomUUID();
    expect(await code('AuthorizePayment', { customer_id: 'carol', amount: 5 })).toEqual({
      code: 3,
      details: 'customer_id must be a UUID, got "carol"',
    });
    expect(await code('AuthorizePayment', { customer_id: '', amount: 5 })).toEqual({
      code: 3,
      details: 'customer_id cannot be blank',
    });
    expect(await code('AuthorizePayment', { customer_id, amount: 0 })).toEqual({
      code: 3,
      details: 'amount must be greater than zero',
    });
    expect(await code('AuthorizePayment', { customer_id })).toEqual({ code: 3, details: 'amount must be greater than zero' });
    expect(await code('AuthorizePayment', { customer_id, amount: -1 })).toEqual({
      code: 3,
      details: 'amount cannot be negative',
    });
    expect(await code('AuthorizePayment', { customer_id, amount: 1e10 })).toEqual({
      code: 3,
      details: 'amount must be at most 1000000000',
    });

    expect(await code('ConfirmPayment', { id: 'x', amount: 1 })).toEqual({ code: 3, details: 'id must be a UUID, got "x"' });
    expect(await code('ConfirmPayment', { id: unknown, amount: -2 })).toEqual({ code: 3, details: 'amount cannot be negative' });
    expect(await code('ConfirmPayment', { id: unknown, amount: 1 })).toEqual({
      code: 5,
      details: `payment ${unknown} not found`,
    });
    expect(await code('GetPayment', { id: unknown })).toEqual({ code: 5, details: `payment ${unknown} not found` });
    expect(await code('GetPayment', { id: '' })).toEqual({ code: 3, details: 'id cannot be blank' });

    const paymentId = await authorize(5);
    expect(await code('CreateInvoice', { order_id: 'o-1', payment_id: paymentId, amount: 5 })).toEqual({
      code: 3,
      details: 'order_id must be a UUID, got "o-1"',
    });
    expect(await code('CreateInvoice', { order_id: randomUUID(), payment_id: '', amount: 5 })).toEqual({
      code: 3,
      details: 'payment_id cannot be blank',
    });
    expect(await code('CreateInvoice', { order_id: randomUUID(), payment_id: paymentId, amount: -5 })).toEqual({
      code: 3,
      details: 'amount cannot be negative',
    });
    expect(await code('CreateInvoice', { order_id: randomUUID(), payment_id: unknown, amount: 5 })).toEqual({
      code: 5,
      details: `payment ${unknown} not found`,
    });
    expect(await code('AdjustInvoice', { id: unknown, amount: 1 })).toEqual({ code: 5, details: `invoice ${unknown} not found` });
    expect(await code('AdjustInvoice', { id: randomUUID(), amount: -1 })).toEqual({
      code: 3,
      details: 'amount cannot be negative',
    });
    expect(await code('PayInvoice', { id: unknown })).toEqual({ code: 5, details: `invoice ${unknown} not found` });
    expect(await code('CancelInvoice', { id: 'nope' })).toEqual({ code: 3, details: 'id must be a UUID, got "nope"' });
    expect(await code('GetInvoice', { id: unknown })).toEqual({ code: 5, details: `invoice ${unknown} not found` });
    // The service is still up after all of that.
    expect(await authorize(1)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers the ConfirmPayment command: Success, or Failure for a mismatch, an unknown payment or a malformed command', async () => {
    const paymentId = await authorize(99.9);

    const mismatch = randomUUID();
    await sendConfirm({ id: paymentId, amount: 99.89 }, mismatch);
    expect(await replyFor(mismatch)).toEqual({
      name: Names.common.Failure,
      outcome: 'FAILURE',
      sagaName: 'cosec.CreateOrder',
      payload: { code: 'FAILED_PRECONDITION', message: 'payment amount does not match' },
    });
    expect(await confirmedAt(paymentId)).toBeNull();

    const ok = randomUUID();
    await sendConfirm({ id: paymentId, amount: 99.9 }, ok);
    expect(await replyFor(ok)).toEqual({
      name: Names.common.Success,
      outcome: 'SUCCESS',
      sagaName: 'cosec.CreateOrder',
      payload: {},
    });
    expect(await confirmedAt(paymentId)).not.toBeNull();

    const unknown = randomUUID();
    const ghost = randomUUID();
    await sendConfirm({ id: ghost, amount: 1 }, unknown);
    expect((await replyFor(unknown)).payload).toEqual({ code: 'NOT_FOUND', message: `payment ${ghost} not found` });

    const malformed = randomUUID();
    await sendConfirm({ id: 'not-a-uuid', amount: 1 }, malformed);
    expect(await replyFor(malformed)).toMatchObject({
      outcome: 'FAILURE',
      payload: { code: 'INVALID_ARGUMENT', message: 'id must be a UUID, got "not-a-uuid"' },
    });
  });

  it('handles a duplicated ConfirmPayment once: one effect, one reply; a re-sent command gets the same outcome', async () => {
    const paymentId = await authorize(12);
    const sagaId = randomUUID();
    const messageId = randomUUID();
    await sendConfirm({ id: paymentId, amount: 12 }, sagaId, messageId);
    await sendConfirm({ id: paymentId, amount: 12 }, sagaId, messageId);
    expect((await replyFor(sagaId)).outcome).toBe('SUCCESS');
    const first = await confirmedAt(paymentId);
    await eventually(async () => (await queueDepth(env.rabbitmqUrl, `${env.namespace}payments.commands`)) === 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(repliesFor(sagaId)).toHaveLength(1);

    // The saga re-sends (a new message id, e.g. after a timeout): the same Success, and nothing confirmed twice.
    const again = randomUUID();
    await sendConfirm({ id: paymentId, amount: 12 }, again);
    expect((await replyFor(again)).outcome).toBe('SUCCESS');
    expect(await confirmedAt(paymentId)).toEqual(first);

    // A re-sent mismatching command fails the same way each time.
    const bad1 = randomUUID();
    const bad2 = randomUUID();
    await sendConfirm({ id: paymentId, amount: 13 }, bad1);
    await sendConfirm({ id: paymentId, amount: 13 }, bad2);
    expect((await replyFor(bad1)).payload).toEqual({ code: 'FAILED_PRECONDITION', message: 'payment amount does not match' });
    expect((await replyFor(bad2)).payload).toEqual({ code: 'FAILED_PRECONDITION', message: 'payment amount does not match' });
  });

  it('answers CancelPayment: refunds a payment confirmed for the order, once; a re-sent confirmation then fails', async () => {
    const paymentId = await authorize(42.5);
    const orderId = randomUUID();
    const confirm = randomUUID();
    await sendConfirm({ id: paymentId, amount: 42.5, orderId }, confirm);
    expect((await replyFor(confirm)).outcome).toBe('SUCCESS');
    expect(await paymentOf(paymentId)).toMatchObject({ confirmed: true, order_id: orderId });

    const cancel = randomUUID();
    await sendCancel({ id: paymentId, orderId }, cancel);
    expect(await replyFor(cancel)).toEqual({
      name: Names.common.Success,
      outcome: 'SUCCESS',
      sagaName: 'cosec.CreateOrder',
      payload: {},
    });
    expect(await paymentOf(paymentId)).toMatchObject({ confirmed: false, status: 'PAYMENT_STATUS_REFUNDED', order_id: orderId });
    const first = await canceledAt(paymentId);
    expect(first).toBeTruthy();

    const again = randomUUID();
    await sendCancel({ id: paymentId, orderId }, again);
    expect((await replyFor(again)).outcome).toBe('SUCCESS');
    expect(await canceledAt(paymentId)).toEqual(first);

    const late = randomUUID();
    await sendConfirm({ id: paymentId, amount: 42.5, orderId }, late);
    expect((await replyFor(late)).payload).toEqual({ code: 'FAILED_PRECONDITION', message: 'payment was refunded' });
    expect((await paymentOf(paymentId)).status).toBe('PAYMENT_STATUS_REFUNDED');
  });

  it('answers CancelPayment before the confirmation (the step timed out): voids the payment, so the late ConfirmPayment fails', async () => {
    const paymentId = await authorize(7);
    const orderId = randomUUID();
    const cancel = randomUUID();
    await sendCancel({ id: paymentId, orderId }, cancel);
    expect((await replyFor(cancel)).outcome).toBe('SUCCESS');
    expect(await paymentOf(paymentId)).toMatchObject({ confirmed: false, status: 'PAYMENT_STATUS_VOIDED', order_id: orderId });

    const late = randomUUID();
    await sendConfirm({ id: paymentId, amount: 7, orderId }, late);
    expect((await replyFor(late)).payload).toEqual({ code: 'FAILED_PRECONDITION', message: 'payment was voided' });
    expect(await confirmedAt(paymentId)).toBeNull();
    expect(await code('ConfirmPayment', { id: paymentId, amount: 7 })).toEqual({ code: 9, details: 'payment was voided' });
  });

  it("answers CancelPayment with Success and no effect for another order's payment or an unknown one; Failure when malformed", async () => {
    const paymentId = await authorize(3);
    const orderA = randomUUID();
    const confirm = randomUUID();
    await sendConfirm({ id: paymentId, amount: 3, orderId: orderA }, confirm);
    expect((await replyFor(confirm)).outcome).toBe('SUCCESS');

    const other = randomUUID();
    await sendCancel({ id: paymentId, orderId: randomUUID() }, other);
    expect((await replyFor(other)).outcome).toBe('SUCCESS');
    expect(await paymentOf(paymentId)).toMatchObject({ confirmed: true, status: 'PAYMENT_STATUS_CONFIRMED', order_id: orderA });
    expect(await canceledAt(paymentId)).toBeNull();

    const unknown = randomUUID();
    await sendCancel({ id: randomUUID(), orderId: orderA }, unknown);
    expect((await replyFor(unknown)).outcome).toBe('SUCCESS');

    const malformed = randomUUID();
    await sendCancel({ id: paymentId, orderId: '' }, malformed);
    expect(await replyFor(malformed)).toMatchObject({
      outcome: 'FAILURE',
      payload: { code: 'INVALID_ARGUMENT', message: 'order_id cannot be blank' },
    });
    expect((await paymentOf(paymentId)).status).toBe('PAYMENT_STATUS_CONFIRMED');
  });

  it('creates the invoice of a readied order once, even when OrderReadied arrives twice', async () => {
    const paymentId = await authorize(75.25);
    const orderId = randomUUID();
    const readied = { id: orderId, customerId: randomUUID(), paymentId, total: 75.25, version: 4 };
    const messageId = await publishEvent(Names.ordering.OrderReadied, readied);
    await eventually(async () => inInbox(messageId));
    expect(await call('GetInvoice', { id: orderId })).toEqual({
      invoice: { id: orderId, order_id: orderId, payment_id: paymentId, amount: 75.25, status: 'INVOICE_STATUS_PENDING' },
    });
    await call('PayInvoice', { id: orderId });

    // The same message redelivered (inbox) and the same fact under a new message id (insert ... on conflict).
    await publishEvent(Names.ordering.OrderReadied, readied, messageId);
    const second = await publishEvent(Names.ordering.OrderReadied, { ...readied, total: 80 });
    await eventually(async () => inInbox(second));
    expect(await call('GetInvoice', { id: orderId })).toEqual({
      invoice: { id: orderId, order_id: orderId, payment_id: paymentId, amount: 75.25, status: 'INVOICE_STATUS_PAID' },
    });
    expect(await sql('select id from payments.invoices where order_id = ?', [orderId])).toHaveLength(1);
  });

  it('dead-letters an OrderReadied that is malformed or names an unknown payment, and keeps consuming', async () => {
    await publishEvent(Names.ordering.OrderReadied, { id: 'x', customerId: randomUUID(), paymentId: randomUUID(), total: 1 });
    await publishEvent(Names.ordering.OrderReadied, {
      id: randomUUID(),
      customerId: randomUUID(),
      paymentId: randomUUID(),
      total: 1,
    });
    await eventually(async () => (await queueDepth(env.rabbitmqUrl, `${env.namespace}payments.ordering-events.dlq`)) === 2);

    const paymentId = await authorize(3);
    const orderId = randomUUID();
    const messageId = await publishEvent(Names.ordering.OrderReadied, {
      id: orderId,
      customerId: randomUUID(),
      paymentId,
      total: 3,
    });
    await eventually(async () => inInbox(messageId));
    expect(((await call('GetInvoice', { id: orderId })).invoice as { amount: number }).amount).toBe(3);
  });
});
