import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { Names } from '@mallbots/contracts';
import { EventStore, EVENT_STORE_TABLES, everyNEvents } from '@mallbots/es';
import { Aborted } from '@mallbots/rpc';
import type { UnitOfWork } from '@mallbots/tm';
import { openUnitOfWorkDatabase, type UnitOfWorkDatabase } from '@mallbots/tm/testing';
import { Counter } from './counter.ts';

describe('EventStore (PostgreSQL)', () => {
  let u: UnitOfWorkDatabase;
  const store = new EventStore({ schema: 'es_test', snapshotPolicy: everyNEvents(3) });
  /** A unit of work of lib/tm: `save` queues its writes there; they commit with it. */
  const inUnit = <T>(fn: (uow: UnitOfWork) => Promise<T>) => u.tm.run(fn);

  beforeAll(async () => {
    u = await openUnitOfWorkDatabase({ name: 'es', schema: 'es_test', ddl: EVENT_STORE_TABLES });
  });
  afterAll(async () => {
    await u.close();
  });

  it('saves and loads an aggregate through snapshots and later events', async () => {
    const c = Counter.open('a1', 'apples');
    c.add(1);
    c.add(2);
    c.add(4);
    await inUnit((uow) => store.save(uow, c));
    expect(c.version).toBe(4);

    const loaded = await store.load(u.orm.em.fork(), new Counter('a1'));
    expect(loaded?.toSnapshot()).toEqual({ label: 'apples', total: 7, open: true });
    expect(loaded?.version).toBe(4);

    const snaps = await u.orm.em
      .fork()
      .execute<{ stream_version: number }[]>('select stream_version from es_test.snapshots where stream_id = ?', ['a1']);
    expect(snaps[0]?.stream_version).toBe(4);

    // The snapshot is used: delete the early events; loading still gives the right state.
    await u.orm.em.fork().execute('delete from es_test.events where stream_id = ? and stream_version <= 4', ['a1'], 'run');
    loaded!.add(10);
    await inUnit((uow) => store.save(uow, loaded!));
    const again = await store.load(u.orm.em.fork(), new Counter('a1'));
    expect(again?.total).toBe(17);
    expect(again?.version).toBe(5);
  });

  it('returns undefined for an unknown stream', async () => {
    expect(await store.load(u.orm.em.fork(), new Counter('nope'))).toBeUndefined();
  });

  it('rejects a concurrent append with Aborted at commit, keeps the first writer and writes nothing of the loser', async () => {
    await inUnit((uow) => store.save(uow, Counter.open('b1', 'x')));
    const one = (await store.load(u.orm.em.fork(), new Counter('b1')))!;
    const two = (await store.load(u.orm.em.fork(), new Counter('b1')))!;
    one.add(1);
    two.add(100);
    await inUnit((uow) => store.save(uow, one));
    await expect(
      inUnit(async (uow) => {
        await store.save(uow, two);
        uow.write('insert into es_test.inbox (message_id, name) values (?, ?)', ['side-effect', 'x']);
        uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id: 'b1' } });
      }),
    ).rejects.toBeInstanceOf(Aborted);
    expect((await store.load(u.orm.em.fork(), new Counter('b1')))!.total).toBe(1);
    const left = await u.orm.em
      .fork()
      .execute<{ n: number }[]>(
        `select (select count(*) from es_test.inbox where message_id = 'side-effect')::int + (select count(*) from es_test.outbox)::int as n`,
      );
    expect(left[0]?.n).toBe(0);
  });

  it('with lockRead before loadRead in one readAll, concurrent writers of one stream take turns: each reads what the one before committed', async () => {
    await inUnit((uow) => store.save(uow, Counter.open('l1', 'x')));
    const add = (n: number, lock = true) =>
      inUnit(async (uow) => {
        const fresh = new Counter('l1');
        const c = lock
          ? (await uow.readAll([store.lockRead(fresh), store.loadRead(fresh)] as const))[1]
          : (await uow.readAll([store.loadRead(fresh)] as const))[0];
        await new Promise((r) => setTimeout(r, 50)); // the others arrive while this one holds the lock
        c!.add(n);
        await store.save(uow, c!);
      });
    // twice, so the second round runs on connections that have the statements prepared
    await Promise.all([add(1), add(10), add(100)]);
    await Promise.all([add(1000), add(10000)]);
    const after = (await store.load(u.orm.em.fork(), new Counter('l1')))!;
    expect(after.total).toBe(11111);
    expect(after.version).toBe(6);
    // without the lock the same race loses writes to Aborted
    const results = await Promise.allSettled([add(1, false), add(10, false)]);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([
      expect.any(Aborted),
    ]);
  });

  it('appends nothing when the surrounding transaction rolls back', async () => {
    await expect(
      inUnit(async (uow) => {
        await store.save(uow, Counter.open('c1', 'x'));
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    expect(await store.load(u.orm.em.fork(), new Counter('c1'))).toBeUndefined();
  });
});
