import { describe, it, expect, beforeAll, afterAll, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Headers } from '@mallbots/am';
import { queueDepth } from '@mallbots/am/testing';
import { ReflectionClient } from '@mallbots/rpc/testing';
import type { RunningService } from '@mallbots/runtime';
import { createTestEnv, startTestService, type TestEnv } from '@mallbots/runtime/testing';
import { recordStatements } from '@mallbots/tm/testing';
import { cosecService } from '../src/module.ts';
import { eventually, FakeParticipants, newOrder, sagaOf, sleep, type TestOrder } from './participants.ts';

const SVC = 'mallbots.cosec.v1.SagaAdminService';
const STEP_TIMEOUT_MS = 3000;

interface SagaView {
  id: string;
  status: string;
  step: number;
  data: string;
  history: { step: number; direction: string; command: string; reply: string; outcome: string; detail: string }[];
}

// Starting the service and waiting for timeouts takes longer than jest's default 5 s on a busy machine.
jest.setTimeout(30_000);

describe('cosec: the create-order saga over RabbitMQ and PostgreSQL', () => {
  let env: TestEnv;
  let svc: RunningService;
  let client: ReflectionClient;
  let participants: FakeParticipants;
  const config = () =>
    env.env({ SAGA_STEP_TIMEOUT_MS: String(STEP_TIMEOUT_MS), SAGA_SCAN_INTERVAL_MS: '100', SAGA_COMPENSATION_RETRIES: '1' });

  beforeAll(async () => {
    env = await createTestEnv('cosec-saga');
    svc = await startTestService(cosecService, config());
    client = new ReflectionClient(`127.0.0.1:${svc.grpcPort}`);
    participants = new FakeParticipants(env.rabbitmqUrl, env.namespace);
    await participants.start();
  });
  afterAll(async () => {
    client.close();
    await participants.close();
    await svc.stop();
    await env.drop();
  });

  /** One statement on the test database, outside the service. */
  const sql = async (text: string, params: unknown[] = []): Promise<pg.QueryResult> => {
    const db = new pg.Client({ connectionString: env.databaseUrl });
    await db.connect();
    try {
      return await db.query(text, params);
    } finally {
      await db.end();
    }
  };
  const getSaga = async (order: TestOrder): Promise<SagaView | undefined> => {
    try {
      return (await client.call(`${SVC}/GetSaga`, { id: sagaOf(order) })).saga as SagaView;
    } catch (e) {
      if ((e as { code: number }).code === 5) return undefined;
      throw e;
    }
  };
  const until = async (order: TestOrder, status: string, ms = 8000): Promise<SagaView> => {
    let saga: SagaView | undefined;
    await eventually(async () => (saga = await getSaga(order))?.status === status, ms, `saga ${status}`);
    return saga!;
  };

  it("approves an order: each step's command once, in order, with the data of earlier replies", async () => {
    const order = newOrder();
    await participants.publishOrderCreated(order);
    const saga = await until(order, 'SAGA_STATUS_COMPLETED');
    const shoppingId = participants.shoppingIds.get(sagaOf(order));
    expect(participants.commandsOf(order).map((c) => [c.name, c.payload])).toEqual([
      ['mallbots.customers.v1.AuthorizeCustomer', { id: order.customerId }],
      [
        'mallbots.depot.v1.CreateShoppingList',
        {
          orderId: order.id,
          items: order.items.map((i) => ({ productId: i.productId, storeId: i.storeId, quantity: i.quantity })),
        },
      ],
      ['mallbots.payments.v1.ConfirmPayment', { id: order.paymentId, amount: 10.25, orderId: order.id }],
      ['mallbots.depot.v1.InitiateShopping', { id: shoppingId }],
      ['mallbots.ordering.v1.ApproveOrder', { id: order.id, shoppingId }],
    ]);
    expect(participants.commandsOf(order)[2]!.headers).toMatchObject({
      [Headers.SagaId]: sagaOf(order),
      [Headers.SagaName]: 'cosec.CreateOrder',
      [Headers.ReplyChannel]: 'cosec.create-order',
      'x-saga-step': '3:action:3',
    });
    expect(saga.step).toBe(5);
    expect(saga.history.map((e) => [e.step, e.direction, e.reply, e.outcome])).toEqual([
      [1, 'STEP_DIRECTION_ACTION', 'mallbots.common.v1.Success', 'STEP_OUTCOME_SUCCESS'],
      [2, 'STEP_DIRECTION_ACTION', 'mallbots.depot.v1.CreatedShoppingList', 'STEP_OUTCOME_SUCCESS'],
      [3, 'STEP_DIRECTION_ACTION', 'mallbots.common.v1.Success', 'STEP_OUTCOME_SUCCESS'],
      [4, 'STEP_DIRECTION_ACTION', 'mallbots.common.v1.Success', 'STEP_OUTCOME_SUCCESS'],
      [5, 'STEP_DIRECTION_ACTION', 'mallbots.common.v1.Success', 'STEP_OUTCOME_SUCCESS'],
    ]);
    expect(JSON.parse(saga.data)).toEqual({
      orderId: order.id,
      customerId: order.customerId,
      paymentId: order.paymentId,
      shoppingId,
      items: order.items.map((i) => ({ productId: i.productId, storeId: i.storeId, price: i.price, quantity: i.quantity })),
      total: 10.25,
    });
  });

  it('starts a saga and applies each reply from its cached saga in one round trip each; a saga changed behind the cache still ends right', async () => {
    const recording = recordStatements();
    const order = newOrder();
    try {
      await participants.publishOrderCreated(order);
      await until(order, 'SAGA_STATUS_COMPLETED');
    } catch (err) {
      recording.stop();
      throw err;
    }
    const texts = recording.stop();
    // OrderCreated (the saga's insert is a closing write) and each of the 5 replies: one message each, the inbox
    // insert inside the closing statement (no read of the saga)
    const units = texts.filter((t) => t.includes('inbox (message_id'));
    expect(units.map((t) => /^begin;\s*with i as \(insert into "[^"]+"\.inbox/.test(t) && /commit$/.test(t.trim()))).toEqual(
      Array(6).fill(true),
    );

    // a change behind the cache's back (another replica, say): the cached reply's write fails its version check,
    // the reply is redelivered, read afresh and applied
    const late = newOrder();
    participants.script(late, { 'mallbots.payments.v1.ConfirmPayment': 'silent' });
    await participants.publishOrderCreated(late);
    await eventually(async () => participants.commandsOf(late).length === 3, 8000, 'ConfirmPayment sent');
    expect((await sql('update cosec.sagas set version = version + 1 where id = $1', [sagaOf(late)])).rowCount).toBe(1);
    await participants.reply(participants.commandsOf(late)[2]!, true);
    const saga = await until(late, 'SAGA_STATUS_COMPLETED');
    expect(participants.namesOf(late)).toEqual([
      'customers.AuthorizeCustomer',
      'depot.CreateShoppingList',
      'payments.ConfirmPayment',
      'depot.InitiateShopping',
      'ordering.ApproveOrder',
    ]);
    expect(saga.history.map((e) => e.outcome)).toEqual(Array(5).fill('STEP_OUTCOME_SUCCESS'));
  });

  it.each([
    ['AuthorizeCustomer', ['customers.AuthorizeCustomer', 'ordering.RejectOrder']],
    ['CreateShoppingList', ['customers.AuthorizeCustomer', 'depot.CreateShoppingList', 'ordering.RejectOrder']],
    [
      'ConfirmPayment',
      [
        'customers.AuthorizeCustomer',
        'depot.CreateShoppingList',
        'payments.ConfirmPayment',
        'depot.CancelShoppingList',
        'ordering.RejectOrder',
      ],
    ],
    [
      'InitiateShopping',
      [
        'customers.AuthorizeCustomer',
        'depot.CreateShoppingList',
        'payments.ConfirmPayment',
        'depot.InitiateShopping',
        'payments.CancelPayment',
        'depot.CancelShoppingList',
        'ordering.RejectOrder',
      ],
    ],
  ])('rejects the order when %s fails, undoing exactly what was done', async (failing, expected) => {
    const order = newOrder();
    const command = expected.find((n) => n.endsWith(`.${failing}`))!;
    participants.script(order, { [`mallbots.${command.replace('.', '.v1.')}`]: 'fail' });
    await participants.publishOrderCreated(order);
    const saga = await until(order, 'SAGA_STATUS_COMPENSATED');
    expect(participants.namesOf(order)).toEqual(expected);
    const failed = saga.history.find((e) => e.outcome === 'STEP_OUTCOME_FAILURE')!;
    expect(failed).toMatchObject({
      command: `mallbots.${command.replace('.', '.v1.')}`,
      detail: 'FAILED_PRECONDITION: scripted failure',
    });
    if (failing === 'ConfirmPayment') {
      const cancel = participants.commandsOf(order)[3]!;
      expect(cancel.payload).toEqual({ id: participants.shoppingIds.get(sagaOf(order)) });
    }
    if (failing === 'InitiateShopping') {
      expect(participants.commandsOf(order)[4]!.payload).toEqual({ id: order.paymentId, orderId: order.id });
    }
  });

  it('times out a silent participant and compensates, releasing the payment it may still confirm', async () => {
    const order = newOrder();
    participants.script(order, { 'mallbots.payments.v1.ConfirmPayment': 'silent' });
    const started = Date.now();
    await participants.publishOrderCreated(order);
    const saga = await until(order, 'SAGA_STATUS_COMPENSATED', STEP_TIMEOUT_MS + 5000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(STEP_TIMEOUT_MS);
    expect(participants.namesOf(order).slice(2)).toEqual([
      'payments.ConfirmPayment',
      'payments.CancelPayment',
      'depot.CancelShoppingList',
      'ordering.RejectOrder',
    ]);
    expect(saga.history[2]).toMatchObject({
      step: 3,
      outcome: 'STEP_OUTCOME_TIMED_OUT',
      reply: '',
      detail: `no reply within ${STEP_TIMEOUT_MS} ms`,
    });
  });

  it('parks a saga whose compensation keeps failing in failed, after the configured retries', async () => {
    const order = newOrder();
    participants.script(order, { 'mallbots.customers.v1.AuthorizeCustomer': 'fail', 'mallbots.ordering.v1.RejectOrder': 'fail' });
    await participants.publishOrderCreated(order);
    const saga = await until(order, 'SAGA_STATUS_FAILED');
    expect(participants.namesOf(order)).toEqual(['customers.AuthorizeCustomer', 'ordering.RejectOrder', 'ordering.RejectOrder']);
    expect(saga.history.map((e) => e.outcome)).toEqual(['STEP_OUTCOME_FAILURE', 'STEP_OUTCOME_FAILURE', 'STEP_OUTCOME_FAILURE']);
    await sleep(500);
    expect(participants.commandsOf(order)).toHaveLength(3);
  });

  it('starts one saga for an order announced twice under different message ids', async () => {
    const handled = async () =>
      (await sql(`select count(*)::int as n from cosec.inbox where name = 'mallbots.ordering.v1.OrderCreated'`)).rows[0]
        .n as number;
    const before = await handled();
    const startedCount = async () =>
      (await svc.context.metrics.sagas.get()).values.find((v) => v.labels['event'] === 'started')?.value ?? 0;
    const startedBefore = await startedCount();
    const order = newOrder();
    await Promise.all([participants.publishOrderCreated(order), participants.publishOrderCreated(order)]);
    await until(order, 'SAGA_STATUS_COMPLETED');
    // the second copy's start found the saga at commit and committed only its inbox row: handled, not retried
    await eventually(async () => (await handled()) === before + 2, 5000, 'both copies handled');
    await sleep(300);
    // reported once the start committed: the replaced one did not count as a start
    expect((await startedCount()) - startedBefore).toBe(1);
    expect(participants.namesOf(order)).toEqual([
      'customers.AuthorizeCustomer',
      'depot.CreateShoppingList',
      'payments.ConfirmPayment',
      'depot.InitiateShopping',
      'ordering.ApproveOrder',
    ]);
  });

  it('dead-letters a malformed OrderCreated and acks replies that belong to no saga', async () => {
    const order = newOrder();
    await participants.publishOrderCreated(order, { items: [] });
    await participants.publishOrderCreated({ ...newOrder(), customerId: 'not-a-uuid' });
    const dlq = `${env.namespace}cosec.ordering-events.dlq`;
    await eventually(async () => (await queueDepth(env.rabbitmqUrl, dlq)) === 2, 8000, 'two dead letters');
    expect(await getSaga(order)).toBeUndefined();

    await participants.publishRawReply({ [Headers.ReplyOutcome]: 'SUCCESS' });
    await participants.publishRawReply({
      [Headers.SagaId]: randomUUID(),
      [Headers.SagaName]: 'cosec.CreateOrder',
      'x-saga-step': '1:action:1',
      [Headers.ReplyOutcome]: 'SUCCESS',
    });
    await eventually(
      async () => (await queueDepth(env.rabbitmqUrl, `${env.namespace}cosec.replies`)) === 0,
      5000,
      'replies consumed',
    );
    await sleep(200);
    expect(await queueDepth(env.rabbitmqUrl, `${env.namespace}cosec.replies.dlq`)).toBe(0);
  });

  it('continues every unfinished saga after a restart, including replies and triggers that arrived meanwhile', async () => {
    const inFlight = newOrder();
    participants.script(inFlight, { 'mallbots.payments.v1.ConfirmPayment': 'silent' });
    await participants.publishOrderCreated(inFlight);
    await eventually(() => participants.namesOf(inFlight).includes('payments.ConfirmPayment'), 8000, 'ConfirmPayment sent');

    client.close();
    await svc.stop();
    // while cosec is down: the participant answers, and a new order arrives
    await participants.reply(participants.commandsOf(inFlight)[2]!, true);
    const arrived = newOrder();
    await participants.publishOrderCreated(arrived);
    await sleep(STEP_TIMEOUT_MS); // long enough for the in-flight step's deadline to pass while cosec is down

    svc = await startTestService(cosecService, config());
    client = new ReflectionClient(`127.0.0.1:${svc.grpcPort}`);
    await until(inFlight, 'SAGA_STATUS_COMPLETED');
    await until(arrived, 'SAGA_STATUS_COMPLETED');
    expect(participants.namesOf(inFlight)).toEqual([
      'customers.AuthorizeCustomer',
      'depot.CreateShoppingList',
      'payments.ConfirmPayment',
      'depot.InitiateShopping',
      'ordering.ApproveOrder',
    ]);
  });
});
