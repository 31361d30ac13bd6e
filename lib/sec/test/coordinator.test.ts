import { describe, it, expect, beforeEach } from '@jest/globals';
import {
  SagaConcurrencyError,
  SagaCoordinator,
  SagaHeaders,
  SagaNotFoundError,
  SagaStateError,
  UnknownSagaDefinitionError,
  sagaIdFor,
  type CoordinatorOptions,
  type SagaCommand,
  type SagaInstance,
  type SagaObserver,
} from '../src/index.ts';
import { ManualClock, MemorySagaHarness, type MemoryTx } from '../src/testing.ts';
import { replyTo, tripSagaV1, tripSagaV2, type TripData } from './trip-saga.ts';

const data: TripData = { tripId: 't-1', amount: 120, hotelId: '' };

describe('SagaCoordinator', () => {
  let h: MemorySagaHarness;
  let clock: ManualClock;
  let events: string[];
  let errors: string[];
  let coordinator: SagaCoordinator<MemoryTx>;

  const make = (extra: Partial<CoordinatorOptions<MemoryTx>> = {}): SagaCoordinator<MemoryTx> => {
    const observer: SagaObserver = {
      started: (s) => events.push(`started ${s.definitionVersion}`),
      ended: (s) => events.push(`ended ${s.status}`),
      stepClosed: (_s, outcome) => events.push(`closed ${outcome}`),
      replyIgnored: (reason) => events.push(`ignored ${reason}`),
    };
    return new SagaCoordinator<MemoryTx>({
      store: h.store,
      transport: h.transport,
      definitions: [tripSagaV1],
      now: clock.now,
      observer,
      logger: { info: () => {}, warn: () => {}, error: (_o, msg) => void errors.push(msg) },
      ...extra,
    });
  };

  beforeEach(() => {
    h = new MemorySagaHarness();
    clock = new ManualClock();
    events = [];
    errors = [];
    coordinator = make();
  });

  const start = (key = 't-1', d: TripData = data, c = coordinator) => h.run((tx) => c.start(tx, tripSagaV1, key, d));
  const reply = (...args: Parameters<typeof replyTo>) => h.run((tx) => coordinator.handleReply(tx, replyTo(...args)));
  const saga = (id: string): SagaInstance => h.store.sagas.get(id)!;
  const names = (cmds: SagaCommand[]) => cmds.map((c) => c.name);
  /** Sends the one outstanding command's reply and returns the next command (if any). */
  const answer = async (outcome: 'ok' | 'fail' = 'ok', name?: string, payload?: unknown): Promise<SagaCommand | undefined> => {
    const [cmd, ...rest] = h.take();
    expect(rest).toEqual([]);
    const r = await reply(cmd!, outcome, name, payload);
    expect(r.applied).toBe(true);
    return h.sent[0];
  };
  /** Runs the saga to step `index` (its action outstanding) with successful replies. */
  const runTo = async (index: number): Promise<string> => {
    const { sagaId } = await start();
    for (let i = 1; i < index; i++) await answer('ok', i === 2 ? 'HotelBooked' : 'Success', i === 2 ? { id: 'h-9' } : {});
    expect(saga(sagaId).step).toBe(index);
    return sagaId;
  };
  /** Answers every outstanding command with success until the saga stops; returns the command names seen. */
  const drain = async (): Promise<string[]> => {
    const seen: string[] = [];
    while (h.sent.length > 0) {
      seen.push(h.sent[0]!.name);
      await answer('ok');
    }
    return seen;
  };

  it('runs the happy path: every action once, in order, with the reply data stored', async () => {
    const { sagaId, started } = await start();
    expect(started).toBe(true);
    expect(sagaId).toBe(sagaIdFor('travel.BookTrip', 't-1'));
    const first = h.sent[0]!;
    expect(first).toEqual({
      sagaId,
      name: 'ReserveCar',
      payload: { tripId: 't-1' },
      headers: {
        [SagaHeaders.SagaId]: sagaId,
        [SagaHeaders.SagaName]: 'travel.BookTrip',
        [SagaHeaders.SagaStep]: '1:action:1',
        [SagaHeaders.ReplyChannel]: 'travel.book-trip',
      },
    });
    expect(saga(sagaId)).toMatchObject({
      status: 'running',
      step: 1,
      version: 1,
      deadline: new Date(clock.now().getTime() + 30_000),
    });

    const seen = ['ReserveCar'];
    clock.advance(10);
    seen.push((await answer())!.name);
    seen.push((await answer('ok', 'HotelBooked', { id: 'h-1' }))!.name);
    expect(h.sent[0]!.payload).toEqual({ tripId: 't-1', amount: 120 });
    seen.push((await answer())!.name);
    expect(await answer()).toBeUndefined();
    expect(seen).toEqual(['ReserveCar', 'BookHotel', 'ChargeCard', 'ConfirmTrip']);

    const s = saga(sagaId);
    expect(s).toMatchObject({ status: 'completed', step: 4, version: 5, deadline: null, data: { ...data, hotelId: 'h-1' } });
    expect(h.store.history.get(sagaId)!.map((e) => [e.seq, e.step, e.direction, e.command, e.reply, e.outcome])).toEqual([
      [1, 1, 'action', 'ReserveCar', 'Success', 'success'],
      [2, 2, 'action', 'BookHotel', 'HotelBooked', 'success'],
      [3, 3, 'action', 'ChargeCard', 'Success', 'success'],
      [4, 4, 'action', 'ConfirmTrip', 'Success', 'success'],
    ]);
    expect(events).toEqual([
      'started 1',
      'closed success',
      'closed success',
      'closed success',
      'closed success',
      'ended completed',
    ]);
  });

  it.each([
    [1, ['CancelTrip']],
    [2, ['ReleaseCar', 'CancelTrip']],
    [3, ['CancelHotel', 'ReleaseCar', 'CancelTrip']],
    [4, ['CancelHotel', 'ReleaseCar', 'CancelTrip']],
  ])('a failure at step %i runs exactly the compensations of the steps before it, in reverse', async (step, expected) => {
    const sagaId = await runTo(step);
    await answer('fail');
    expect(saga(sagaId).status).toBe('compensating');
    expect(await drain()).toEqual(expected);
    const s = saga(sagaId);
    expect(s).toMatchObject({ status: 'compensated', step: 0, deadline: null });
    const history = h.store.history.get(sagaId)!;
    expect(history.find((e) => e.step === step && e.direction === 'action')).toMatchObject({
      outcome: 'failure',
      reply: 'Failure',
      detail: 'NOT_FOUND: no such thing',
    });
    expect(history.filter((e) => e.direction === 'compensation').map((e) => [e.command, e.outcome])).toEqual(
      expected.map((c) => [c, 'success']),
    );
    if (step >= 3) expect(history.find((e) => e.command === 'CancelHotel')).toBeDefined();
    expect(events.at(-1)).toBe('ended compensated');
  });

  it('passes the data set by a reply handler to later commands and compensations', async () => {
    await runTo(3);
    await answer('fail');
    expect(h.sent[0]).toMatchObject({ name: 'CancelHotel', payload: { id: 'h-9' } });
    expect(h.sent[0]!.headers[SagaHeaders.SagaStep]).toBe('2:compensation:4');
  });

  it('treats a malformed or unexpected success reply as the step failing', async () => {
    const sagaId = await runTo(2);
    await answer('ok', 'HotelBooked', { id: '' });
    expect(h.store.history.get(sagaId)!.at(-2)).toMatchObject({
      command: 'BookHotel',
      outcome: 'failure',
      detail: 'invalid reply HotelBooked: the booking id is missing',
    });
    expect(await drain()).toEqual(['ReleaseCar', 'CancelTrip']);

    h = new MemorySagaHarness();
    coordinator = make();
    const other = await runTo(2);
    await answer('ok', 'Success');
    expect(h.store.history.get(other)!.at(-2)).toMatchObject({ outcome: 'failure', detail: 'unexpected reply Success' });
  });

  it('ignores a duplicate reply without changing anything', async () => {
    const { sagaId } = await start();
    const cmd = h.take()[0]!;
    expect((await reply(cmd)).applied).toBe(true);
    const before = structuredClone(saga(sagaId));
    expect(await reply(cmd)).toEqual({ applied: false, reason: 'wrong-step', sagaId });
    expect(await reply(cmd, 'fail')).toEqual({ applied: false, reason: 'wrong-step', sagaId });
    expect(saga(sagaId)).toEqual(before);
    expect(names(h.take())).toEqual(['BookHotel']);
  });

  it('ignores replies for another step, another direction or another attempt of the same step', async () => {
    const sagaId = await runTo(2);
    const cmd = h.sent[0]!;
    const forged = (step: string) => ({ ...cmd, headers: { ...cmd.headers, [SagaHeaders.SagaStep]: step } });
    for (const step of ['1:action:1', '3:action:2', '2:compensation:2', '2:action:1', '2:action:3']) {
      expect(await reply(forged(step))).toEqual({ applied: false, reason: 'wrong-step', sagaId });
    }
    expect(saga(sagaId)).toMatchObject({ step: 2, version: 2, status: 'running' });
    expect(h.store.history.get(sagaId)!.at(-1)!.outcome).toBe('pending');
  });

  it('ignores replies that are not saga replies, of unknown sagas, of other sagas and of finished sagas', async () => {
    const { sagaId } = await start();
    const cmd = h.sent[0]!;
    const withHeaders = (headers: Record<string, string>, drop?: string): SagaCommand => {
      const all: Record<string, string> = { ...cmd.headers, ...headers };
      if (drop) delete all[drop];
      return { ...cmd, headers: all };
    };
    const run = (c: SagaCommand, outcome: 'ok' | 'fail' = 'ok') =>
      h.run((tx) => coordinator.handleReply(tx, replyTo(c, outcome)));
    expect((await run(withHeaders({ [SagaHeaders.SagaStep]: 'two' }))).applied).toBe(false);
    const noOutcome = { ...replyTo(cmd), headers: { ...replyTo(cmd).headers, [SagaHeaders.ReplyOutcome]: 'MAYBE' } };
    expect(await h.run((tx) => coordinator.handleReply(tx, noOutcome))).toMatchObject({ reason: 'not-a-saga-reply' });
    expect(await run(withHeaders({}, SagaHeaders.SagaId))).toMatchObject({ reason: 'not-a-saga-reply' });
    expect(await run(withHeaders({ [SagaHeaders.SagaId]: sagaIdFor('travel.BookTrip', 'nope') }))).toMatchObject({
      reason: 'unknown-saga',
    });
    expect(await run(withHeaders({ [SagaHeaders.SagaName]: 'other.Saga' }))).toMatchObject({ reason: 'foreign-saga' });
    expect(saga(sagaId)).toMatchObject({ step: 1, version: 1 });

    h.take();
    await run(cmd, 'fail'); // -> compensating: CancelTrip
    await answer('ok'); // -> compensated
    expect(await run(cmd)).toMatchObject({ reason: 'saga-finished' });
  });

  it('lets only one of two concurrent replies advance the saga; the loser, retried, is ignored as late', async () => {
    const sagaId = await runTo(3);
    const cmd = h.take()[0]!;
    const results = await Promise.allSettled([reply(cmd), reply(cmd)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(SagaConcurrencyError);
    // the observer hears of committed changes only: one step closed, not two
    expect(events.filter((e) => e.startsWith('closed'))).toHaveLength(3);
    expect(names(h.take())).toEqual(['ConfirmTrip']);
    expect(saga(sagaId)).toMatchObject({ step: 4, version: 4 });
    // lib/am redelivers the losing message: now it is late
    expect(await reply(cmd)).toMatchObject({ applied: false, reason: 'wrong-step' });
    expect(h.sent).toEqual([]);
  });

  it('applies replies from a cached copy, and a stale copy neither ignores a due reply nor applies a late one', async () => {
    const sagaId = await runTo(2);
    const served: string[] = [];
    let copy: SagaInstance | undefined = structuredClone(saga(sagaId)); // step 2 outstanding
    h.store.loadCached = (_tx, id) => {
      served.push(id);
      return copy && structuredClone(copy);
    };
    const cmd2 = h.take()[0]!;
    expect(await reply(cmd2, 'ok', 'HotelBooked', { id: 'h-7' })).toMatchObject({ applied: true });
    expect(saga(sagaId)).toMatchObject({ step: 3, version: 3, data: { hotelId: 'h-7' } });
    expect(served).toEqual([sagaId]);

    // the copy is stale (still step 2): the reply of step 3 does not match it, so the saga is read and it applies
    const cmd3 = h.take()[0]!;
    expect(await reply(cmd3)).toMatchObject({ applied: true });
    expect(saga(sagaId)).toMatchObject({ step: 4, version: 4 });
    expect(names(h.take())).toEqual(['ConfirmTrip']);

    // a late duplicate of step 2's reply matches the stale copy: its write fails the version check, nothing changes
    const before = structuredClone(saga(sagaId));
    await expect(reply(cmd2, 'ok', 'HotelBooked', { id: 'h-8' })).rejects.toBeInstanceOf(SagaConcurrencyError);
    expect(saga(sagaId)).toEqual(before);
    expect(h.sent).toEqual([]);
    // redelivered with no copy in the cache (the failed unit took it): read, and ignored as late
    copy = undefined;
    expect(await reply(cmd2, 'ok', 'HotelBooked', { id: 'h-8' })).toMatchObject({ applied: false, reason: 'wrong-step' });
    expect(saga(sagaId)).toEqual(before);
  });

  it('lets only one of a success and a failure racing for the same step win', async () => {
    const sagaId = await runTo(2);
    const cmd = h.take()[0]!;
    const results = await Promise.allSettled([reply(cmd, 'fail'), reply(cmd, 'ok', 'HotelBooked', { id: 'h-2' })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(h.sent).toHaveLength(1);
    expect(saga(sagaId).version).toBe(3);
  });

  it('times out an action: compensates, including its own step when there is something to undo', async () => {
    const sagaId = await runTo(2);
    h.take();
    const expire = () => h.run((tx) => coordinator.expire(tx, sagaId));
    clock.advance(29_999);
    expect(await expire()).toBe(false);
    expect(h.store.due(clock.now())).toEqual([]);
    clock.advance(1);
    expect(h.store.due(clock.now())).toEqual([sagaId]);
    expect(await expire()).toBe(true);
    expect(await expire()).toBe(false);
    // BookHotel timed out before its reply named a booking: CancelHotel has nothing to undo and is skipped
    expect(await drain()).toEqual(['ReleaseCar', 'CancelTrip']);
    expect(h.store.history.get(sagaId)![1]).toMatchObject({
      command: 'BookHotel',
      outcome: 'timed_out',
      reply: null,
      detail: 'no reply within 30000 ms',
    });
    expect(saga(sagaId).status).toBe('compensated');
    expect(events).toContain('closed timed_out');
  });

  it('uses the step timeout of the definition, and ignores the late reply of a timed-out step', async () => {
    const sagaId = await runTo(3);
    const charge = h.take()[0]!;
    clock.advance(5_000);
    expect(await h.run((tx) => coordinator.expire(tx, sagaId))).toBe(true);
    expect(h.store.history.get(sagaId)!.at(-2)).toMatchObject({ detail: 'no reply within 5000 ms' });
    expect(names(h.sent)).toEqual(['CancelHotel']);
    expect(await reply(charge)).toMatchObject({ applied: false, reason: 'wrong-step' });
    expect(await drain()).toEqual(['CancelHotel', 'ReleaseCar', 'CancelTrip']);
  });

  it('resends a timed-out compensation, then continues', async () => {
    const sagaId = await runTo(2);
    await answer('fail'); // -> ReleaseCar
    const first = h.take()[0]!;
    clock.advance(30_000);
    await h.run((tx) => coordinator.expire(tx, sagaId));
    const resent = h.sent[0]!;
    expect(resent.name).toBe('ReleaseCar');
    expect(resent.headers[SagaHeaders.SagaStep]).toBe('1:compensation:4');
    expect(saga(sagaId)).toMatchObject({ status: 'compensating', attempt: 2 });
    expect(await reply(first)).toMatchObject({ reason: 'wrong-step' }); // the first attempt's reply is late
    expect(await drain()).toEqual(['ReleaseCar', 'CancelTrip']);
    expect(saga(sagaId).status).toBe('compensated');
  });

  it('stops in failed when a compensation keeps failing, keeps the history, and never loops', async () => {
    const sagaId = await runTo(1);
    await answer('fail'); // ReserveCar failed -> CancelTrip
    for (let attempt = 1; attempt <= 3; attempt++) {
      const next = await answer('fail');
      expect(next?.name).toBe('CancelTrip');
      expect(saga(sagaId).attempt).toBe(attempt + 1);
    }
    expect(names(h.take())).toEqual(['CancelTrip']); // the 4th attempt
    clock.advance(30_000);
    await h.run((tx) => coordinator.expire(tx, sagaId)); // ... timed out: no more retries
    expect(h.sent).toEqual([]);
    const s = saga(sagaId);
    expect(s).toMatchObject({ status: 'failed', step: 0, deadline: null, attempt: 4 });
    expect(h.store.history.get(sagaId)!.map((e) => `${e.command}:${e.outcome}`)).toEqual([
      'ReserveCar:failure',
      'CancelTrip:failure',
      'CancelTrip:failure',
      'CancelTrip:failure',
      'CancelTrip:timed_out',
    ]);
    expect(events.at(-1)).toBe('ended failed');
    expect(errors).toEqual(['saga compensation failed for good; the saga is parked in failed and needs an operator']);
    expect(h.store.due(clock.now())).toEqual([]);
    clock.advance(3_600_000);
    expect(await h.run((tx) => coordinator.expire(tx, sagaId))).toBe(false);

    // an operator fixed the cause: retry resends the compensation and the saga finishes
    await h.run((tx) => coordinator.retry(tx, sagaId));
    expect(saga(sagaId)).toMatchObject({ status: 'compensating', attempt: 1 });
    expect(await drain()).toEqual(['CancelTrip']);
    expect(saga(sagaId).status).toBe('compensated');
  });

  it('fails at once with compensationRetries 0', async () => {
    coordinator = make({ compensationRetries: 0 });
    const sagaId = await runTo(1);
    await answer('fail');
    await answer('fail');
    expect(saga(sagaId).status).toBe('failed');
    expect(h.sent).toEqual([]);
  });

  it('starts one saga per business key, however often the trigger arrives', async () => {
    const a = await start('t-1');
    const b = await start('t-1', { ...data, amount: 999 });
    expect(a).toEqual({ sagaId: a.sagaId, started: true });
    expect(b).toEqual({ sagaId: a.sagaId, started: false });
    expect(names(h.sent)).toEqual(['ReserveCar']);
    expect(saga(a.sagaId).data).toEqual(data);
    const c = await start('t-2');
    expect(c.sagaId).not.toBe(a.sagaId);

    const racing = await Promise.allSettled([start('t-3'), start('t-3')]);
    expect(racing.filter((r) => r.status === 'fulfilled' && r.value.started)).toHaveLength(1);
    expect(h.store.sagas.size).toBe(3);
  });

  it('keeps running old instances on their definition version while new ones use the new version', async () => {
    const old = await start('t-old');
    const oldCmd = h.take()[0];
    const v2 = make({ definitions: [tripSagaV1, tripSagaV2] });
    coordinator = v2;
    const fresh = await h.run((tx) => v2.start(tx, tripSagaV2, 't-new', data));
    const freshCmd = h.take()[0];
    expect(saga(old.sagaId).definitionVersion).toBe(1);
    expect(saga(fresh.sagaId).definitionVersion).toBe(2);

    const finish = async (first: SagaCommand | undefined): Promise<string[]> => {
      const seen: string[] = [];
      for (let cmd = first; cmd; cmd = h.take()[0]) {
        seen.push(cmd.name);
        await reply(cmd, 'ok', cmd.name === 'BookHotel' ? 'HotelBooked' : 'Success', { id: 'h' });
      }
      return seen;
    };
    expect(await finish(oldCmd)).toEqual(['ReserveCar', 'BookHotel', 'ChargeCard', 'ConfirmTrip']);
    expect(await finish(freshCmd)).toEqual(['ReserveCar', 'BookHotel', 'ChargeCard', 'ConfirmTrip', 'NotifyTraveller']);
    expect(events.filter((e) => e === 'ended completed')).toHaveLength(2);
  });

  it('refuses to run an instance whose definition version is not registered', async () => {
    const { sagaId } = await start();
    const cmd = h.take()[0]!;
    const v2only = make({ definitions: [tripSagaV2] });
    expect(v2only.hasDefinition('travel.BookTrip', 1)).toBe(false);
    await expect(h.run((tx) => v2only.handleReply(tx, replyTo(cmd)))).rejects.toThrow(UnknownSagaDefinitionError);
    await expect(h.run((tx) => v2only.start(tx, tripSagaV1, 'x', data))).rejects.toThrow(
      'no definition of saga travel.BookTrip version 1 is registered',
    );
    expect(saga(sagaId).version).toBe(1);
    expect(() => make({ definitions: [tripSagaV1, tripSagaV1] })).toThrow('registered twice');
  });

  describe('operator actions', () => {
    it('retry resends the outstanding action with a new deadline; the old attempt is closed and its reply is late', async () => {
      const sagaId = await runTo(3);
      const old = h.take()[0]!;
      clock.advance(1_000);
      await h.run((tx) => coordinator.retry(tx, sagaId));
      const resent = h.take()[0]!;
      expect(resent).toMatchObject({ name: 'ChargeCard', payload: old.payload });
      expect(resent.headers[SagaHeaders.SagaStep]).toBe('3:action:4');
      expect(saga(sagaId)).toMatchObject({ status: 'running', step: 3, deadline: new Date(clock.now().getTime() + 5_000) });
      expect(h.store.history.get(sagaId)![2]).toMatchObject({
        outcome: 'timed_out',
        detail: 'no reply yet; resent by an operator',
      });
      expect(await reply(old)).toMatchObject({ reason: 'wrong-step' });
      expect((await reply(resent)).applied).toBe(true);
      expect(names(h.take())).toEqual(['ConfirmTrip']);
    });

    it('retry resends the outstanding compensation of a compensating saga', async () => {
      const sagaId = await runTo(2);
      await answer('fail');
      h.take();
      await h.run((tx) => coordinator.retry(tx, sagaId));
      expect(names(h.sent)).toEqual(['ReleaseCar']);
      expect(await drain()).toEqual(['ReleaseCar', 'CancelTrip']);
    });

    it('retry refuses completed and compensated sagas, and unknown ids', async () => {
      const { sagaId } = await start();
      h.take();
      await h.run((tx) => coordinator.compensate(tx, sagaId, 'customer called'));
      await drain();
      expect(saga(sagaId).status).toBe('compensated');
      await expect(h.run((tx) => coordinator.retry(tx, sagaId))).rejects.toThrow(SagaStateError);
      await expect(h.run((tx) => coordinator.retry(tx, sagaId))).rejects.toThrow('is compensated; there is nothing to retry');
      await expect(h.run((tx) => coordinator.retry(tx, sagaIdFor('x', 'y')))).rejects.toThrow(SagaNotFoundError);
    });

    it('compensate rolls a running saga back, its outstanding step included, recording the reason', async () => {
      const sagaId = await runTo(3);
      const charge = h.take()[0]!;
      await h.run((tx) => coordinator.compensate(tx, sagaId, 'stuck at the bank'));
      expect(h.store.history.get(sagaId)![2]).toMatchObject({
        command: 'ChargeCard',
        outcome: 'failure',
        detail: 'compensation requested by an operator: stuck at the bank',
      });
      expect(await reply(charge)).toMatchObject({ reason: 'wrong-step' });
      expect(await drain()).toEqual(['CancelHotel', 'ReleaseCar', 'CancelTrip']);
      await expect(h.run((tx) => coordinator.compensate(tx, sagaId, 'again'))).rejects.toThrow(
        'is compensated; only a running saga can be compensated',
      );
    });

    it('compensate refuses a compensating saga', async () => {
      const sagaId = await runTo(2);
      await answer('fail');
      await expect(h.run((tx) => coordinator.compensate(tx, sagaId, 'x'))).rejects.toThrow(SagaStateError);
    });
  });
});
