import { describe, it, expect, beforeAll, afterAll, afterEach } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Broker, type Envelope } from '@mallbots/am';
import { deleteNamespace, uniqueNamespace, rabbitmqUrl } from '@mallbots/am/testing';
import { Names, decodeMessage } from '@mallbots/contracts';
import { nativePool, openOrm, sqlMigration, type MikroORM } from '@mallbots/db';
import { recordStatements } from '@mallbots/tm/testing';
import { createTestDatabase, type TestDatabase } from '@mallbots/db/testing';
import { silentLogger } from '@mallbots/telemetry';
import {
  OutboxRelay,
  PreparedStatements,
  RollbackWith,
  TransactionManager,
  UNIT_OF_WORK_SCHEMA,
  type OutboxPublisher,
  type OutboxRow,
  type RelayOptions,
  type TransactionManagerOptions,
  type UnitOfWork,
} from '@mallbots/tm';

const SCHEMA = 'tm_test';

/** What reaches PostgreSQL through pg, one entry per round trip: the first word of each statement. */
function roundTrips(): { stop: () => string[][] } {
  const recording = recordStatements();
  return {
    stop: () => recording.stop().map((text) => text.split(';').map((st) => st.trim().split(/\s+/)[0]!.toLowerCase())),
  };
}
const migrations = [
  sqlMigration('0001', [...UNIT_OF_WORK_SCHEMA, 'create table counters (id text primary key, n integer not null)']),
];

/** The relay's publisher on a real broker (what lib/runtime wires). */
function brokerPublisher(broker: Broker): OutboxPublisher {
  return {
    publishRows: (rows) =>
      broker.publishMany(
        rows.map((r) => ({
          exchange: r.exchange,
          routingKey: r.routingKey,
          envelope: { messageId: r.messageId, name: r.name, payload: r.payload, timestamp: r.createdAt, headers: r.headers },
        })),
      ),
  };
}

const eventually = async (pred: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('unit of work, inbox and outbox (PostgreSQL + RabbitMQ)', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let broker: Broker;
  const namespace = uniqueNamespace('tm');
  const received: Envelope[] = [];

  const count = async (table: string): Promise<number> =>
    Number((await orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from ${SCHEMA}.${table}`))[0]!.n);
  const counter = async (id: string): Promise<number | undefined> =>
    (await orm.em.fork().execute<{ n: number }[]>(`select n from ${SCHEMA}.counters where id = ?`, [id]))[0]?.n;
  const bump = (tm: TransactionManager, id: string) =>
    tm.handle({ messageId: `m-${id}`, name: 'test.Bump' }, async (uow) => {
      await uow.em.execute(
        `insert into ${SCHEMA}.counters (id, n) values (?, 1) on conflict (id) do update set n = counters.n + 1`,
        [id],
        'run',
      );
      uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id }, aggregateId: id });
    });

  beforeAll(async () => {
    db = await createTestDatabase('tm');
    orm = await openOrm({ databaseUrl: db.url, schema: SCHEMA, entities: [], migrations });
    broker = new Broker(rabbitmqUrl(), { namespace });
    broker.start();
    await broker.consume(
      { queue: 'sink', bindings: [{ exchange: 'events', routingKey: Names.customers.CustomerEnabled }], prefetch: 1 },
      async (e) => {
        received.push(e);
      },
    );
    await broker.waitReady(10_000);
  });
  afterAll(async () => {
    await broker.close();
    await orm.close(true);
    await db.drop();
    await deleteNamespace(rabbitmqUrl(), namespace);
  });

  // Every relay of a test is stopped after it, so no published row of one test is still waiting for its batched
  // delete (or swept) when the next test counts the outbox.
  const relays: OutboxRelay[] = [];
  const track = (relay: OutboxRelay): OutboxRelay => (relays.push(relay), relay);
  /** A relay that publishes to the test's broker unless told otherwise (stopped after the test). */
  const relayOf = (opts: Partial<RelayOptions> = {}, on = orm) =>
    track(new OutboxRelay({ orm: on, schema: SCHEMA, publisher: brokerPublisher(broker), logger: silentLogger, ...opts }));
  /** A transaction manager with such a relay. */
  const unitsOfWork = (opts: Partial<RelayOptions> = {}, tmOpts: Partial<TransactionManagerOptions> = {}, on = orm) => {
    const relay = relayOf(opts, on);
    return { relay, tm: new TransactionManager({ orm: on, schema: SCHEMA, relay, ...tmOpts }) };
  };

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
  });

  const idsOf = (envs: Envelope[]) =>
    envs.map((e) => (decodeMessage(Names.customers.CustomerEnabled, e.payload) as { id: string }).id);

  it('handles a message once: a redelivery changes nothing and publishes nothing', async () => {
    const { relay, tm } = unitsOfWork();
    const first = await bump(tm, 'dup-1');
    const second = await bump(tm, 'dup-1');
    expect(first.duplicate).toBe(false);
    expect(second.duplicate).toBe(true);
    expect(await counter('dup-1')).toBe(1);
    await relay.idle();
    await eventually(() => idsOf(received).includes('dup-1'));
    await new Promise((r) => setTimeout(r, 200));
    expect(idsOf(received).filter((i) => i === 'dup-1')).toHaveLength(1);
    expect(await count('outbox')).toBe(0); // published rows are removed
  });

  it('forks the EntityManager only for a unit that uses it, and a unit without it still commits its writes', async () => {
    const { relay, tm } = unitsOfWork();
    const fork = orm.em.fork.bind(orm.em);
    let forks = 0;
    orm.em.fork = ((...args: Parameters<typeof fork>) => (forks++, fork(...args))) as typeof orm.em.fork;
    try {
      await tm.handle({ messageId: 'm-lazy-1', name: 'test.Lazy' }, async (uow) => {
        uow.write(`insert into ${SCHEMA}.counters (id, n) values (?, 7)`, ['lazy-1']);
        uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id: 'lazy-1' }, aggregateId: 'lazy-1' });
      });
      expect(forks).toBe(0);
      await bump(tm, 'lazy-2'); // through uow.em
      expect(forks).toBe(1);
    } finally {
      orm.em.fork = fork;
    }
    expect(await counter('lazy-1')).toBe(7);
    expect(await counter('lazy-2')).toBe(1);
    await relay.idle();
    await eventually(() => idsOf(received).includes('lazy-1') && idsOf(received).includes('lazy-2'));
  });

  it('sends begin and the inbox insert with the first statement, and commit with the closing statement', async () => {
    const { relay, tm } = unitsOfWork();
    const bump = (uow: UnitOfWork) =>
      uow.em.execute(
        `insert into ${SCHEMA}.counters (id, n) values ('rt', 1) on conflict (id) do update set n = counters.n + 1`,
        [],
        'run',
      );
    let sent = roundTrips();
    const first = await tm.handle({ messageId: 'm-rt', name: 'test.Bump' }, async (uow) => {
      await bump(uow);
      uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id: 'rt' } });
      return 'bumped';
    });
    expect(first).toEqual({ duplicate: false, result: 'bumped' });
    expect(sent.stop()).toEqual([
      ['begin', 'insert', 'insert'], // begin; the inbox row; the handler's statement
      ['with', 'commit'],
    ]);
    expect(await counter('rt')).toBe(1);

    // the same message again: the inbox answers with the first statement; the handler stops there, nothing commits
    await relay.idle(); // no batched outbox delete of an earlier unit inside the recording
    sent = roundTrips();
    let after = 'not reached';
    const again = await tm.handle({ messageId: 'm-rt', name: 'test.Bump' }, async (uow) => {
      await bump(uow);
      after = 'reached';
    });
    expect(again).toEqual({ duplicate: true });
    expect(after).toBe('not reached');
    expect(sent.stop()).toEqual([['begin', 'insert', 'insert'], ['rollback']]);
    expect(await counter('rt')).toBe(1);

    // a handler without statements: one round trip, the inbox row inside the closing statement
    const noReads = (id: string, after: () => void = () => {}) =>
      tm.handle({ messageId: 'm-rt-2', name: 'test.Bump' }, async (uow) => {
        uow.write(`insert into ${SCHEMA}.counters (id, n) values (?, 1)`, [id]);
        uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id } });
        uow.afterCommit(after);
        return id;
      });
    await relay.idle(); // no batched outbox delete of an earlier unit inside the recording
    sent = roundTrips();
    let hooked = 0;
    expect(await noReads('rt-2', () => (hooked += 1))).toEqual({ duplicate: false, result: 'rt-2' });
    expect(sent.stop()).toEqual([['begin', 'with', 'commit']]);
    expect(hooked).toBe(1);
    expect(await counter('rt-2')).toBe(1);

    // its duplicate: the inbox check aborts the closing statement, so neither its write nor its message commits
    await relay.idle(); // no batched outbox delete of an earlier unit inside the recording
    sent = roundTrips();
    expect(await noReads('rt-2-again', () => (hooked += 1))).toEqual({ duplicate: true });
    expect(sent.stop()).toEqual([['begin', 'with', 'commit'], ['rollback']]);
    expect(hooked).toBe(1); // after-commit hooks of a unit that did not commit never run
    expect(await counter('rt-2-again')).toBeUndefined();
    // a duplicate with nothing to write: the inbox row alone
    await relay.idle(); // no batched outbox delete of an earlier unit inside the recording
    sent = roundTrips();
    expect(await tm.handle({ messageId: 'm-rt-2', name: 'test.Bump' }, async () => 'again')).toEqual({ duplicate: true });
    expect(sent.stop()).toEqual([['begin', 'insert', 'commit']]);
    await relay.idle();
    expect(await count('outbox')).toBe(0);
    await eventually(() => idsOf(received).filter((id) => id === 'rt-2').length === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(idsOf(received)).not.toContain('rt-2-again');

    // a unit of work without statements and writes sends nothing at all
    sent = roundTrips();
    expect(await tm.run(async () => 'nothing')).toBe('nothing');
    expect(sent.stop()).toEqual([]);
  });

  it('readAll: independent reads in one round trip (with begin and the inbox insert), each mapped', async () => {
    const { tm } = unitsOfWork();
    await tm.run(async (uow) =>
      uow.write(`insert into ${SCHEMA}.counters (id, n) values (?, ?), (?, ?)`, ['ra-1', 3, 'ra-2', 4]),
    );
    const sent = roundTrips();
    const r = await tm.handle({ messageId: 'm-read-all', name: 'test.Read' }, async (uow) => {
      const [one, all, none] = await uow.readAll([
        { sql: `select n from ${SCHEMA}.counters where id = ?`, params: ['ra-1'], map: (rows) => rows[0]?.['n'] },
        {
          sql: `select id from ${SCHEMA}.counters where id like ? order by id`,
          params: ['ra-%'],
          map: (rows) => rows.map((x) => x['id']),
        },
        { sql: `select n from ${SCHEMA}.counters where id = ?`, params: ["it's not there"], map: (rows) => rows.length },
      ] as const);
      uow.write(`update ${SCHEMA}.counters set n = n + ? where id = ?`, [one as number, 'ra-2']);
      return { one, all, none };
    });
    expect(r).toEqual({ duplicate: false, result: { one: 3, all: ['ra-1', 'ra-2'], none: 0 } });
    expect(sent.stop()).toEqual([
      ['begin', 'insert', 'select', 'select', 'select'],
      ['with', 'commit'],
    ]);
    expect(await counter('ra-2')).toBe(7);
    // a duplicate stops at the reads
    let after = false;
    const again = await tm.handle({ messageId: 'm-read-all', name: 'test.Read' }, async (uow) => {
      await uow.readAll([{ sql: 'select 1', params: [], map: () => 1 }]);
      after = true;
    });
    expect(again).toEqual({ duplicate: true });
    expect(after).toBe(false);
  });

  it('two deliveries of one message at once, each a unit of one round trip: exactly one commits', async () => {
    const { relay, tm } = unitsOfWork();
    const hooks: string[] = [];
    const deliver = (copy: string) =>
      tm.handle({ messageId: 'm-race', name: 'test.Bump' }, async (uow) => {
        uow.write(`insert into ${SCHEMA}.counters (id, n) values (?, 1)`, [`race-${copy}`]);
        uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id: `race-${copy}` } });
        uow.afterCommit(() => hooks.push(copy));
      });
    const results = await Promise.all(['a', 'b', 'c'].map(deliver));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(hooks).toHaveLength(1);
    expect(await counter(`race-${hooks[0]}`)).toBe(1);
    const rows = await orm.em.fork().execute<{ id: string }[]>(`select id from ${SCHEMA}.counters where id like 'race-%'`);
    expect(rows).toEqual([{ id: `race-${hooks[0]}` }]);
    await relay.idle();
    await eventually(() => idsOf(received).some((id) => id.startsWith('race-')));
    await new Promise((r) => setTimeout(r, 200));
    expect(idsOf(received).filter((id) => id.startsWith('race-'))).toEqual([`race-${hooks[0]}`]);
  });

  // Guards the connection handling as a whole (lib/tm's release after a failed rollback, and pg-pool dropping a
  // client that is no longer queryable): either alone keeps the dead connection out of later units.
  it('a connection that died during a unit of work fails only that unit: the units after it get working ones', async () => {
    const { tm } = unitsOfWork();
    await expect(
      tm.run(async (uow) => {
        const [row] = await uow.em.execute<{ pid: number }[]>('select pg_backend_pid() as pid');
        await orm.em.fork().execute('select pg_terminate_backend(?)', [row!.pid]);
        await uow.em.execute('select 1');
      }),
    ).rejects.toThrow();
    for (let i = 0; i < 12; i++) {
      const one = await tm.run(async (uow) => (await uow.em.execute<{ one: number }[]>('select 1 as one'))[0]!.one);
      expect(one).toBe(1);
    }
  });

  it('runs a nested em.transactional() as a savepoint of the unit of work: its failure undoes only its own writes', async () => {
    const { tm } = unitsOfWork();
    const insert = (em: UnitOfWork['em'], id: string) =>
      em.execute(`insert into ${SCHEMA}.counters (id, n) values (?, 1)`, [id], 'run');
    const sent = roundTrips();
    await tm.run(async (uow) => {
      await insert(uow.em, 'sp-before');
      await expect(
        uow.em.transactional(async (inner) => {
          await insert(inner, 'sp-inner');
          throw new Error('inner failed');
        }),
      ).rejects.toThrow('inner failed');
      await uow.em.transactional((inner) => insert(inner, 'sp-kept'));
      await insert(uow.em, 'sp-after');
    });
    expect(sent.stop()).toEqual([
      ['begin', 'insert'],
      ['savepoint'],
      ['insert'],
      ['rollback'],
      ['savepoint'],
      ['insert'],
      ['release'],
      ['insert'],
      ['commit'],
    ]);
    expect([await counter('sp-before'), await counter('sp-inner'), await counter('sp-kept'), await counter('sp-after')]).toEqual([
      1,
      undefined,
      1,
      1,
    ]);
  });

  it('commits nothing when the handler fails, so the redelivered message is handled again', async () => {
    const { tm } = unitsOfWork();
    await expect(
      tm.handle({ messageId: 'm-fail', name: 'test.Bump' }, async (uow) => {
        uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id: 'fail' } });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await count('outbox')).toBe(0);
    const again = await tm.handle({ messageId: 'm-fail', name: 'test.Bump' }, async () => 'handled');
    expect(again).toEqual({ duplicate: false, result: 'handled' });
  });

  it('runs queued writes with the outbox rows at the end, and a failed check rolls everything back', async () => {
    const { relay, tm } = unitsOfWork();
    const sent = roundTrips();
    await tm.run(async (uow) => {
      uow.write(`insert into ${SCHEMA}.counters (id, n) values (?, ?)`, ['w-1', 5]);
      uow.write(`insert into ${SCHEMA}.counters (id, n) values (?, ?)`, ['w-2', 7], { rows: 1, error: () => new Error('no') });
      uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id: 'w-1' } });
      // not visible yet: queued writes run at the end
      expect(await uow.em.execute(`select n from ${SCHEMA}.counters where id = ?`, ['w-1'])).toEqual([]);
    });
    // two round trips: begin with the handler's select; the closing statement (writes + outbox) with commit
    expect(sent.stop()).toEqual([
      ['begin', 'select'],
      ['with', 'commit'],
    ]);
    expect(await counter('w-1')).toBe(5);
    expect(await counter('w-2')).toBe(7);
    await eventually(() => idsOf(received).includes('w-1'));

    // a check that does not hold: the unit of work rolls back, queued writes and outbox rows included
    await expect(
      tm.run(async (uow) => {
        await uow.em.execute(`insert into ${SCHEMA}.counters (id, n) values (?, 1)`, ['w-3'], 'run');
        uow.write(`update ${SCHEMA}.counters set n = 99 where id = ?`, ['w-1']);
        uow.write(`update ${SCHEMA}.counters set n = 0 where id = ? and n = ?`, ['w-2', 1234], {
          rows: 1,
          error: () => new Error('version moved'),
        });
        uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id: 'w-3' } });
      }),
    ).rejects.toThrow('version moved');
    await relay.idle();
    expect(await counter('w-3')).toBeUndefined();
    expect(await counter('w-1')).toBe(5);
    expect(await count('outbox')).toBe(0);

    // writes alone (nothing published) also run, and a malformed write is refused when queued
    await tm.run(async (uow) => uow.write(`update ${SCHEMA}.counters set n = n + 1 where id = ?`, ['w-2']));
    expect(await counter('w-2')).toBe(8);
    await expect(tm.run(async (uow) => uow.write(`select 1`, []))).rejects.toThrow(/one insert, update or delete/);
    await expect(
      tm.run(async (uow) => uow.write(`delete from ${SCHEMA}.counters where id = ? returning id`, ['w-2'])),
    ).rejects.toThrow(/without returning/);
    await expect(tm.run(async (uow) => uow.write(`delete from ${SCHEMA}.counters where id = ?`, []))).rejects.toThrow(
      /1 placeholders, 0 parameters/,
    );
  });

  it('RollbackWith: the handler’s work rolls back and the replacement commits with the inbox row', async () => {
    const { tm } = unitsOfWork();
    const incoming = { messageId: 'm-rollback-with', name: 'test.Bump' };
    const sent = roundTrips();
    const r = await tm.handle(incoming, async (uow) => {
      await uow.em.execute(`insert into ${SCHEMA}.counters (id, n) values ('rw-lost', 1)`, [], 'run');
      uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id: 'rw-lost' } });
      throw new RollbackWith(new Error('declined'), async (fresh) => {
        fresh.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id: 'rw-instead' } });
        return 'instead';
      });
    });
    expect(r).toEqual({ duplicate: false, result: 'instead' });
    // the replacement reads nothing: its inbox row travels in its closing statement, one round trip
    expect(sent.stop()).toEqual([['begin', 'insert', 'insert'], ['rollback'], ['begin', 'with', 'commit']]);
    expect(await counter('rw-lost')).toBeUndefined();
    await eventually(() => idsOf(received).includes('rw-instead'));
    await new Promise((res) => setTimeout(res, 200));
    expect(idsOf(received)).not.toContain('rw-lost');
    // the inbox row committed with the replacement: a redelivery is a duplicate
    expect(await tm.handle(incoming, async () => 'again')).toEqual({ duplicate: true });
  });

  it('runs its own statements as prepared statements once PostgreSQL accepted them, with the same results', async () => {
    // one connection, so which connection prepared what is known
    const single = await openOrm({ databaseUrl: db.url, schema: SCHEMA, entities: [], migrations, poolMax: 1 });
    const poolOf = () => nativePool(single);
    try {
      const { relay, tm } = unitsOfWork({}, {}, single);
      await orm.em.fork().execute(`insert into ${SCHEMA}.counters (id, n) values ('ps-base', 40)`);
      const unit = (id: string, n = 1) =>
        tm.handle({ messageId: `m-${id}`, name: 'test.Prepared' }, async (uow) => {
          const [base, unknownType] = await uow.readAll([
            { sql: `select n from ${SCHEMA}.counters where id = ?`, params: ['ps-base'], map: (r) => r[0]?.['n'] as number },
            // PostgreSQL cannot prepare this one (the type of the parameter is unknown): it must stay plain
            { sql: 'select 1 as v where ? is null', params: ['not null'], map: (r) => r.length },
          ] as const);
          uow.write(`insert into ${SCHEMA}.counters (id, n) values (?, ?)`, [id, base + n]);
          uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id }, aggregateId: id });
          return { base, unknownType };
        });
      const ours = (texts: string[]) =>
        texts
          .filter((t) => /^(begin|prepare|execute|with|rollback)/.test(t.trim()))
          .map((t) => t.split(';').map((st) => st.trim().split(/\s+/)[0]!.toLowerCase()));

      // new templates run plain; PostgreSQL is asked to prepare each on an idle connection afterwards
      let sent = recordStatements({ raw: true });
      expect(await unit('ps-1')).toEqual({ duplicate: false, result: { base: 40, unknownType: 0 } });
      const registry = PreparedStatements.of(await poolOf())!;
      await eventually(() => registry.ready === 3); // the inbox insert, the read, the closing statement
      await relay.idle();
      const first = ours(sent.stop());
      expect(first.slice(0, 2)).toEqual([
        ['begin', 'insert', 'select', 'select'],
        ['with', 'commit'],
      ]);
      expect(first.slice(2).sort()).toEqual([['prepare'], ['prepare'], ['prepare'], ['prepare']]); // one refused

      // the probes prepared them on the only connection: now every accepted template runs as `execute`
      sent = recordStatements({ raw: true });
      expect(await unit('ps-2', 2)).toEqual({ duplicate: false, result: { base: 40, unknownType: 0 } });
      expect(await unit('ps-2', 2)).toEqual({ duplicate: true }); // the prepared inbox insert still tells
      await relay.idle();
      expect(ours(sent.stop())).toEqual([
        ['begin', 'execute', 'execute', 'select'],
        ['execute', 'commit'],
        ['begin', 'execute', 'execute', 'select'],
        ['rollback'],
      ]);
      expect(await counter('ps-2')).toBe(42);
      // the payload (bytea) and headers (jsonb) went through `execute` intact
      await eventually(() => idsOf(received).includes('ps-2'));

      // a new connection prepares what it needs in the message that first needs it (no extra round trip) …
      const pid = async () => (await single.em.fork().execute<{ pid: number }[]>('select pg_backend_pid() as pid'))[0]!.pid;
      const terminate = async () => {
        const old = await pid();
        await orm.em.fork().execute('select pg_terminate_backend(?)', [old]);
        await eventually(async () => (await pid().catch(() => old)) !== old);
      };
      await terminate();
      sent = recordStatements({ raw: true });
      expect((await unit('ps-3')).duplicate).toBe(false);
      await relay.idle();
      expect(ours(sent.stop())).toEqual([
        ['prepare', 'prepare', 'begin', 'execute', 'execute', 'select'],
        ['prepare', 'execute', 'commit'],
      ]);

      // … and a message with a `prepare` that fails leaves unknown what was prepared: that connection is dropped,
      // so the next unit prepares again on a fresh one instead of executing a statement that does not exist
      await terminate();
      await orm.em.fork().execute(`alter table ${SCHEMA}.counters rename to counters_away`);
      try {
        await expect(unit('ps-4')).rejects.toThrow(/counters/);
      } finally {
        await orm.em.fork().execute(`alter table ${SCHEMA}.counters_away rename to counters`);
      }
      expect((await unit('ps-4')).duplicate).toBe(false);
      expect(await counter('ps-4')).toBe(41);
    } finally {
      await single.close(true);
    }
  });

  it('with genericPlans, PostgreSQL plans a prepared read once instead of at every execution', async () => {
    // `= any(?::text[])`: a plan for the call's values (one element) looks cheaper than a generic one (ten assumed),
    // so PostgreSQL's default keeps planning it afresh at every execution
    const plans = async (genericPlans: boolean) => {
      const single = await openOrm({ databaseUrl: db.url, schema: SCHEMA, entities: [], migrations, poolMax: 1, genericPlans });
      try {
        const { relay, tm } = unitsOfWork({}, {}, single);
        const unit = (i: number) =>
          tm.handle({ messageId: `m-plans-${genericPlans}-${i}`, name: 'test.Plans' }, async (uow) => {
            const [n] = await uow.readAll([
              { sql: `select n from ${SCHEMA}.counters where id = any(?::text[])`, params: ['{gp-base}'], map: (r) => r.length },
            ] as const);
            uow.write(`insert into ${SCHEMA}.counters (id, n) values (?, ?)`, [`gp-${genericPlans}-${i}`, n]);
          });
        expect((await unit(0)).duplicate).toBe(false);
        const pool = await nativePool(single);
        await eventually(() => (PreparedStatements.of(pool)?.ready ?? 0) === 3); // probed: from now on prepared
        for (let i = 1; i <= 12; i++) expect((await unit(i)).duplicate).toBe(false);
        await relay.idle();
        // pg_prepared_statements is per session: the pool's only connection
        const [row] = await single.em
          .fork()
          .execute<{ generic_plans: string; custom_plans: string }[]>(
            `select generic_plans, custom_plans from pg_prepared_statements where statement like '%any($1::text[])%'`,
          );
        const [mode] = await single.em.fork().execute<{ plan_cache_mode: string }[]>('show plan_cache_mode');
        return { generic: Number(row!.generic_plans), custom: Number(row!.custom_plans), mode: mode!.plan_cache_mode };
      } finally {
        await single.close(true);
      }
    };
    await orm.em.fork().execute(`insert into ${SCHEMA}.counters (id, n) values ('gp-base', 1)`);
    const auto = await plans(false);
    expect(auto.mode).toBe('auto');
    expect(auto.custom).toBeGreaterThan(5); // re-planned at (nearly) every execution
    const generic = await plans(true);
    expect(generic.mode).toBe('force_generic_plan');
    expect(generic.custom).toBe(0);
    expect(generic.generic).toBeGreaterThan(5);
  });

  it('deletes published rows in batches, without a synchronous commit of their own', async () => {
    const published: string[] = [];
    const capture = { publishRows: async (rows: readonly OutboxRow[]) => void published.push(...rows.map((r) => r.id)) };
    const { relay, tm } = unitsOfWork({ publisher: capture, deleteDelayMs: 300 });
    for (let i = 0; i < 5; i++) {
      await tm.run(async (uow) =>
        uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id: `b-${i}` } }),
      );
    }
    await eventually(() => published.length === 5);
    // published, but the delete waits for the batch window
    expect(await count('outbox')).toBe(5);
    await relay.idle();
    expect(await count('outbox')).toBe(0);
    // stop() does not wait for the window (an hour here): pending deletes leave at once
    const { relay: slow, tm: tm2 } = unitsOfWork({ publisher: capture, deleteDelayMs: 3_600_000 });
    await tm2.run(async (uow) =>
      uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id: 'b-stop' } }),
    );
    await eventually(() => published.length === 6);
    expect(await count('outbox')).toBe(1);
    await slow.stop();
    expect(await count('outbox')).toBe(0);
  });

  it('keeps the order of one aggregate’s messages', async () => {
    const { tm } = unitsOfWork();
    const ids = Array.from({ length: 60 }, (_, i) => `ord-${String(i).padStart(3, '0')}`);
    for (const id of ids) {
      await tm.run(async (uow) => {
        uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id }, aggregateId: 'agg-1' });
      });
    }
    await eventually(() => idsOf(received).filter((i) => i.startsWith('ord-')).length === ids.length);
    expect(idsOf(received).filter((i) => i.startsWith('ord-'))).toEqual(ids);
  });

  it('publishes, after a restart, what a process killed between commit and publish left behind', async () => {
    const fixture = fileURLToPath(new URL('./fixtures/commit-and-die.ts', import.meta.url));
    const child = spawnSync(process.execPath, [fixture, db.url, 'crash-1'], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    expect(await count('outbox')).toBe(1); // committed, never published
    expect(idsOf(received)).not.toContain('crash-1');

    // "restart": a new relay; its sweeper finds the row (grace 0 for the test) and publishes it.
    const relay = relayOf({ graceMs: 0, sweepIntervalMs: 100 });
    relay.start();
    try {
      await eventually(() => idsOf(received).includes('crash-1'));
      await eventually(async () => (await count('outbox')) === 0);
    } finally {
      await relay.stop();
    }
  });

  it('sweeps every sweepIntervalMs while rows wait in the outbox, and only every idleSweepIntervalMs once it is empty', async () => {
    const fixture = fileURLToPath(new URL('./fixtures/commit-and-die.ts', import.meta.url));
    expect(spawnSync(process.execPath, [fixture, db.url, 'crash-young'], { encoding: 'utf8' }).signal).toBe('SIGKILL');
    expect(await count('outbox')).toBe(1); // younger than the grace when the relay first looks
    const relay = relayOf({ graceMs: 300, sweepIntervalMs: 50, idleSweepIntervalMs: 60_000 });
    relay.start();
    try {
      // a young row keeps the short interval: it leaves once it is older than the grace, not a minute later
      await eventually(() => idsOf(received).includes('crash-young'), 5000);
      await eventually(async () => (await count('outbox')) === 0);
      await sleep(200); // the sweeper has looked at the empty table by now and waits the idle interval
      expect(spawnSync(process.execPath, [fixture, db.url, 'crash-idle'], { encoding: 'utf8' }).signal).toBe('SIGKILL');
      await sleep(1000); // the short interval and the grace would have published it twice over
      expect(await count('outbox')).toBe(1);
      expect(idsOf(received)).not.toContain('crash-idle');
    } finally {
      await relay.stop();
    }
    // what an idle relay left is found by the next sweep (here: another relay's start)
    const next = relayOf({ graceMs: 0 });
    next.start();
    try {
      await eventually(() => idsOf(received).includes('crash-idle'));
    } finally {
      await next.stop();
    }
  });

  it('survives publish failures: rows wait in the outbox, then leave in order once the broker is back', async () => {
    let failing = true;
    const published: string[] = [];
    const flaky: OutboxPublisher = {
      publishRows: async (rows: readonly OutboxRow[]) => {
        if (failing) throw new Error('broker down');
        published.push(...rows.map((r) => r.messageId));
      },
    };
    const relay = track(
      new OutboxRelay({
        orm,
        schema: SCHEMA,
        publisher: flaky,
        logger: silentLogger,
        graceMs: 0,
        sweepIntervalMs: 50,
      }),
    );
    const tm = new TransactionManager({ orm, schema: SCHEMA, relay });
    relay.start();
    const written: string[] = [];
    try {
      for (let i = 0; i < 20; i++) {
        await tm.run(async (uow) => {
          uow.publish({ kind: 'event', name: Names.customers.CustomerDisabled, payload: { id: `f-${i}` } });
        });
        written.push(
          (
            await orm.em
              .fork()
              .execute<{ message_id: string }[]>(`select message_id from ${SCHEMA}.outbox order by id desc limit 1`)
          )[0]!.message_id,
        );
      }
      expect(relay.degraded).toBe(true);
      expect(await count('outbox')).toBe(20);
      failing = false;
      await eventually(async () => (await count('outbox')) === 0);
      expect(published).toEqual(written);
      await eventually(() => !relay.degraded); // the sweep that finds the table empty resumes direct publishing
    } finally {
      await relay.stop();
    }
  });

  it('two replicas sweeping the same outbox publish each row exactly once', async () => {
    const rows = 300;
    await orm.em.fork().execute(
      `insert into ${SCHEMA}.outbox (message_id, exchange, routing_key, name, payload, created_at)
       select gen_random_uuid(), 'events', 'x', 'x', '\\x00'::bytea, now() - interval '1 minute' from generate_series(1, ?)`,
      [rows],
      'run',
    );
    const seen = new Map<string, number>();
    const slow: OutboxPublisher = {
      publishRows: async (batch) => {
        await new Promise((r) => setTimeout(r, 5));
        for (const r of batch) seen.set(r.messageId, (seen.get(r.messageId) ?? 0) + 1);
      },
    };
    const a = track(new OutboxRelay({ orm, schema: SCHEMA, publisher: slow, logger: silentLogger, batchSize: 20 }));
    const b = track(new OutboxRelay({ orm, schema: SCHEMA, publisher: slow, logger: silentLogger, batchSize: 20 }));
    const [na, nb] = await Promise.all([a.sweep(), b.sweep()]);
    expect(na + nb).toBe(rows);
    expect(na).toBeGreaterThan(0);
    expect(nb).toBeGreaterThan(0);
    expect(seen.size).toBe(rows);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });
});
