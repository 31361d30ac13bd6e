import { describe, it, expect, beforeAll, afterAll, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ReflectionClient } from '@mallbots/rpc/testing';
import type { RunningService } from '@mallbots/runtime';
import { createTestEnv, startTestService, type TestEnv, grpcError } from '@mallbots/runtime/testing';
import { cosecService } from '../src/module.ts';
import { eventually, FakeParticipants, newOrder, sagaOf, type TestOrder } from './participants.ts';

const SVC = 'mallbots.cosec.v1.SagaAdminService';

interface SagaView {
  id: string;
  name: string;
  status: string;
  step: number;
  version: number;
  definition_version: number;
  deadline: unknown;
  history: { step: number; direction: string; command: string; outcome: string; detail: string }[];
}

// Starting the service and waiting for timeouts takes longer than jest's default 5 s on a busy machine.
jest.setTimeout(30_000);

describe('cosec admin API (SagaAdminService)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let client: ReflectionClient;
  let participants: FakeParticipants;
  // completed, stuck at step 1 (twice), and failed while compensating
  const done = newOrder();
  const stuck = newOrder();
  const stuck2 = newOrder();
  const failed = newOrder();

  const call = (m: string, req: Record<string, unknown>) => client.call(`${SVC}/${m}`, req);
  const code = (m: string, req: Record<string, unknown>) => grpcError(call(m, req), m);
  const get = async (order: TestOrder): Promise<SagaView> => (await call('GetSaga', { id: sagaOf(order) })).saga as SagaView;
  const until = async (order: TestOrder, status: string): Promise<SagaView> => {
    await eventually(async () => (await get(order)).status === status, 8000, `saga ${status}`);
    return get(order);
  };
  // ReflectionClient verifies requests with protobufjs, which wants enum numbers (grpcurl also takes names).
  const Status = { RUNNING: 1, COMPLETED: 3, FAILED: 5 } as const;
  const list = async (req: Record<string, unknown>) =>
    (await call('ListSagas', req)) as { sagas: SagaView[]; next_page_token: string };

  beforeAll(async () => {
    env = await createTestEnv('cosec-admin');
    // A long step timeout: stuck sagas stay stuck until an operator acts.
    svc = await startTestService(
      cosecService,
      env.env({ SAGA_STEP_TIMEOUT_MS: '60000', SAGA_SCAN_INTERVAL_MS: '100', SAGA_COMPENSATION_RETRIES: '1' }),
    );
    client = new ReflectionClient(`127.0.0.1:${svc.grpcPort}`);
    participants = new FakeParticipants(env.rabbitmqUrl, env.namespace);
    await participants.start();
    participants.script(stuck, { 'mallbots.customers.v1.AuthorizeCustomer': 'silent' });
    participants.script(stuck2, { 'mallbots.customers.v1.AuthorizeCustomer': 'silent' });
    participants.script(failed, {
      'mallbots.customers.v1.AuthorizeCustomer': 'fail',
      'mallbots.ordering.v1.RejectOrder': 'fail',
    });
    for (const o of [done, stuck, stuck2, failed]) await participants.publishOrderCreated(o);
    await until(done, 'SAGA_STATUS_COMPLETED');
    await until(failed, 'SAGA_STATUS_FAILED');
    await eventually(() => participants.commandsOf(stuck).length + participants.commandsOf(stuck2).length === 2, 8000, 'stuck');
  });
  afterAll(async () => {
    client.close();
    await participants.close();
    await svc.stop();
    await env.drop();
  });

  it('lists sagas by status and name, oldest update first, without history', async () => {
    const running = await list({ status: Status.RUNNING });
    expect(running.sagas.map((s) => s.id).sort()).toEqual([sagaOf(stuck), sagaOf(stuck2)].sort());
    expect(running.sagas[0]).toMatchObject({
      name: 'cosec.CreateOrder',
      status: 'SAGA_STATUS_RUNNING',
      step: 1,
      definition_version: 2,
    });
    expect(running.sagas[0]!.deadline).not.toBeNull();
    expect(running.sagas[0]!.history).toEqual([]);
    expect(running.next_page_token).toBe('');
    expect((await list({ status: Status.FAILED })).sagas.map((s) => s.id)).toEqual([sagaOf(failed)]);
    expect((await list({ status: Status.COMPLETED })).sagas.map((s) => s.id)).toEqual([sagaOf(done)]);
    expect((await list({ name: 'cosec.CreateOrder' })).sagas).toHaveLength(4);
    expect((await list({ name: 'other.Saga' })).sagas).toEqual([]);
    expect((await list({ older_than: { seconds: 3600 } })).sagas).toEqual([]);
    expect((await list({ older_than: { seconds: 0, nanos: 1 } })).sagas).toHaveLength(4);
    const all = (await list({})).sagas;
    const times = all.map((s) => (s as unknown as { updated_at: { seconds: string; nanos: number } }).updated_at);
    const ms = times.map((t) => Number(t.seconds) * 1000 + t.nanos / 1e6);
    expect([...ms].sort((a, b) => a - b)).toEqual(ms);
  });

  it('pages through sagas with a bounded limit and an opaque token', async () => {
    const ids: string[] = [];
    let token = '';
    let pages = 0;
    do {
      const page = await list({ limit: 1, page_token: token });
      expect(page.sagas.length).toBeLessThanOrEqual(1);
      ids.push(...page.sagas.map((s) => s.id));
      token = page.next_page_token;
      pages += 1;
    } while (token !== '' && pages < 10);
    expect(ids.sort()).toEqual([done, stuck, stuck2, failed].map(sagaOf).sort());
    const three = await list({ limit: 3 });
    expect(three.sagas).toHaveLength(3);
    expect((await list({ limit: 3, page_token: three.next_page_token })).sagas).toHaveLength(1);
  });

  it('rejects bad list input with INVALID_ARGUMENT naming the field', async () => {
    expect(await code('ListSagas', { limit: 101 })).toEqual({ code: 3, details: 'limit must be at most 100' });
    expect(await code('ListSagas', { limit: -1 })).toEqual({ code: 3, details: 'limit cannot be negative' });
    expect(await code('ListSagas', { page_token: 'not a token!' })).toEqual({ code: 3, details: 'page_token is malformed' });
    const fake = Buffer.from(JSON.stringify({ u: 1, i: 'x' })).toString('base64url');
    expect(await code('ListSagas', { page_token: fake })).toEqual({ code: 3, details: 'page_token is malformed' });
    expect(await code('ListSagas', { older_than: { seconds: -5 } })).toEqual({
      code: 3,
      details: 'older_than cannot be negative',
    });
    expect(await code('ListSagas', { name: 'n'.repeat(201) })).toEqual({
      code: 3,
      details: 'name must be at most 200 characters',
    });
  });

  it('returns one saga with its data and step history', async () => {
    const saga = await get(failed);
    expect(saga).toMatchObject({ status: 'SAGA_STATUS_FAILED', step: 0, deadline: null });
    expect(saga.history.map((e) => [e.step, e.direction, e.command, e.outcome, e.detail])).toEqual([
      [
        1,
        'STEP_DIRECTION_ACTION',
        'mallbots.customers.v1.AuthorizeCustomer',
        'STEP_OUTCOME_FAILURE',
        'FAILED_PRECONDITION: scripted failure',
      ],
      [
        0,
        'STEP_DIRECTION_COMPENSATION',
        'mallbots.ordering.v1.RejectOrder',
        'STEP_OUTCOME_FAILURE',
        'FAILED_PRECONDITION: scripted failure',
      ],
      [
        0,
        'STEP_DIRECTION_COMPENSATION',
        'mallbots.ordering.v1.RejectOrder',
        'STEP_OUTCOME_FAILURE',
        'FAILED_PRECONDITION: scripted failure',
      ],
    ]);
    expect(await code('GetSaga', { id: '' })).toEqual({ code: 3, details: 'id cannot be blank' });
    expect(await code('GetSaga', { id: 'saga-1' })).toEqual({ code: 3, details: 'id must be a UUID, got "saga-1"' });
    const unknown = randomUUID();
    expect(await code('GetSaga', { id: unknown })).toEqual({ code: 5, details: `saga ${unknown} not found` });
  });

  it('retries a stuck running saga: the step is resent and the saga goes on', async () => {
    participants.script(stuck, {});
    const before = await get(stuck);
    await call('RetrySaga', { id: sagaOf(stuck) });
    const saga = await until(stuck, 'SAGA_STATUS_COMPLETED');
    const sent = participants.commandsOf(stuck);
    expect(sent.slice(0, 2).map((c) => [c.name, c.headers['x-saga-step']])).toEqual([
      ['mallbots.customers.v1.AuthorizeCustomer', '1:action:1'],
      ['mallbots.customers.v1.AuthorizeCustomer', '1:action:2'],
    ]);
    expect(saga.version).toBeGreaterThan(before.version);
    expect(saga.history[0]).toMatchObject({ outcome: 'STEP_OUTCOME_TIMED_OUT', detail: 'no reply yet; resent by an operator' });
    expect(saga.history[1]).toMatchObject({ outcome: 'STEP_OUTCOME_SUCCESS' });
  });

  it('retries a failed saga: the failed compensation is resent and the saga ends compensated', async () => {
    participants.script(failed, {});
    await call('RetrySaga', { id: sagaOf(failed) });
    const saga = await until(failed, 'SAGA_STATUS_COMPENSATED');
    expect(saga.history.map((e) => e.outcome).at(-1)).toBe('STEP_OUTCOME_SUCCESS');
    expect(participants.namesOf(failed)).toEqual([
      'customers.AuthorizeCustomer',
      'ordering.RejectOrder',
      'ordering.RejectOrder',
      'ordering.RejectOrder',
    ]);
  });

  it('compensates a stuck running saga on request, recording the reason', async () => {
    await call('CompensateSaga', { id: sagaOf(stuck2), reason: ' customer called the store ' });
    const saga = await until(stuck2, 'SAGA_STATUS_COMPENSATED');
    expect(participants.namesOf(stuck2)).toEqual(['customers.AuthorizeCustomer', 'ordering.RejectOrder']);
    expect(saga.history[0]).toMatchObject({
      outcome: 'STEP_OUTCOME_FAILURE',
      detail: 'compensation requested by an operator: customer called the store',
    });
  });

  it('refuses operator actions that the saga status does not allow, and bad input', async () => {
    const id = sagaOf(done);
    expect(await code('RetrySaga', { id })).toEqual({ code: 9, details: `saga ${id} is completed; there is nothing to retry` });
    expect(await code('CompensateSaga', { id, reason: 'late' })).toEqual({
      code: 9,
      details: `saga ${id} is completed; only a running saga can be compensated`,
    });
    expect(await code('RetrySaga', { id: 'x' })).toEqual({ code: 3, details: 'id must be a UUID, got "x"' });
    const unknown = randomUUID();
    expect(await code('RetrySaga', { id: unknown })).toEqual({ code: 5, details: `saga ${unknown} not found` });
    expect(await code('CompensateSaga', { id: unknown, reason: 'r' })).toEqual({ code: 5, details: `saga ${unknown} not found` });
    expect(await code('CompensateSaga', { id, reason: '  ' })).toEqual({ code: 3, details: 'reason cannot be blank' });
    expect(await code('CompensateSaga', { id, reason: 'r'.repeat(201) })).toEqual({
      code: 3,
      details: 'reason must be at most 200 characters',
    });
  });
});
