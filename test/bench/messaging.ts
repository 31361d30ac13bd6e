/**
 * `npm run bench:messaging`: how close lib/am + lib/tm come to the machine's raw limits, all measured in one run
 * on the same broker and database. Prints one JSON line:
 *
 *   amqp_rate    raw amqplib publish -> consume with confirms, many in flight (msgs/s)
 *   commit_rate  raw PostgreSQL commits of an inbox insert + update + outbox insert transaction (tx/s)
 *   full_rate    complete units of work through lib/am + lib/tm: consume, inbox, trivial handler, outbox, commit,
 *                ack, relay publish, confirm (units/s, counted when the published message reaches a sink queue)
 *   baseline     1 / (1/amqp_rate + 1/commit_rate);  ratio = full_rate / baseline  (goal >= 0.5)
 *
 * Not a test: nothing asserts on time. Env: DATABASE_URL (admin URL), RABBITMQ_URL, BENCH_N (units, default 4000).
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import amqp from 'amqplib';
import { Broker, createEnvelope } from '@mallbots/am';
import { uniqueNamespace, rabbitmqUrl, deleteTopology, groupQueueNames } from '@mallbots/am/testing';
import { Names, encodeMessage } from '@mallbots/contracts';
import { openOrm, sqlMigration } from '@mallbots/db';
import { createTestDatabase } from '@mallbots/db/testing';
import { silentLogger } from '@mallbots/telemetry';
import { OutboxRelay, TransactionManager, UNIT_OF_WORK_SCHEMA } from '@mallbots/tm';
import { commitRate } from './primitives.ts';

const N = Number(process.env['BENCH_N'] ?? 4000);
const URL = rabbitmqUrl();
const SCHEMA = 'bench';

async function amqpRate(n: number): Promise<number> {
  const conn = await amqp.connect(URL);
  const pub = await conn.createConfirmChannel();
  const sub = await conn.createChannel();
  const q = `bench.raw.${randomUUID().slice(0, 8)}`;
  await sub.assertQueue(q, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  await sub.prefetch(500);
  const body = Buffer.alloc(64, 1);
  let got = 0;
  const done = new Promise<void>((resolve) => {
    void sub.consume(q, (m) => {
      if (!m) return;
      sub.ack(m);
      if (++got === n) resolve();
    });
  });
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    inflight.push(
      new Promise<void>((resolve, reject) => {
        pub.sendToQueue(q, body, { persistent: true, messageId: String(i) }, (err) => (err ? reject(err) : resolve()));
      }),
    );
    if (inflight.length >= 1000) await Promise.all(inflight.splice(0));
  }
  await Promise.all(inflight);
  await done;
  const rate = n / ((performance.now() - started) / 1000);
  await sub.deleteQueue(q);
  await conn.close();
  return rate;
}

async function fullRate(url: string, n: number): Promise<number> {
  const namespace = uniqueNamespace('bench');
  const orm = await openOrm({ databaseUrl: url, schema: SCHEMA, entities: [], migrations: [], migrate: false, poolMax: 10 });
  const broker = new Broker(URL, { namespace });
  broker.start();
  await broker.waitReady(10_000);
  const relay = new OutboxRelay({
    orm,
    schema: SCHEMA,
    logger: silentLogger,
    publisher: {
      publishRows: (rows) =>
        broker.publishMany(
          rows.map((r) => ({
            exchange: r.exchange,
            routingKey: r.routingKey,
            envelope: { messageId: r.messageId, name: r.name, payload: r.payload, timestamp: r.createdAt, headers: r.headers },
          })),
        ),
    },
  });
  relay.start();
  const tm = new TransactionManager({ orm, schema: SCHEMA, relay });

  // Input messages wait in the queue before the consumer starts, so the measurement is the consumer side.
  const IN = Names.customers.CustomerRegistered;
  const OUT = Names.customers.CustomerEnabled;
  let sunk = 0;
  let finish: () => void = () => undefined;
  const allSunk = new Promise<void>((r) => (finish = r));
  await broker.consume({ queue: 'sink', bindings: [{ exchange: 'events', routingKey: OUT }], prefetch: 500 }, async () => {
    if (++sunk === n) finish();
  });
  const inputQueue = await broker.consume(
    { queue: 'units', bindings: [{ exchange: 'events', routingKey: IN }], prefetch: 1 },
    async () => undefined,
  );
  await inputQueue.cancel();
  const payload = encodeMessage(IN, { id: randomUUID(), name: 'bench', smsNumber: '+10000000' });
  for (let i = 0; i < n; i += 500) {
    await broker.publishMany(
      Array.from({ length: Math.min(500, n - i) }, () => ({
        exchange: 'events' as const,
        routingKey: IN,
        envelope: createEnvelope({ name: IN, payload }),
      })),
    );
  }
  const bench2 = new Broker(URL, { namespace });
  bench2.start();
  await bench2.waitReady(10_000);
  const started = performance.now();
  await bench2.consume({ queue: 'units', bindings: [{ exchange: 'events', routingKey: IN }], prefetch: 50 }, async (env) => {
    await tm.handle({ messageId: env.messageId, name: env.name }, async (uow) => {
      await uow.em.execute(
        `update ${SCHEMA}.counters set n = n + 1 where id = ?`,
        [`c${parseInt(env.messageId.slice(0, 8), 16) % 64}`],
        'run',
      );
      uow.publish({ kind: 'event', name: OUT, payload: { id: env.messageId } });
    });
  });
  await allSunk;
  const rate = n / ((performance.now() - started) / 1000);
  await bench2.close();
  await relay.stop();
  await broker.close();
  await orm.close(true);
  await deleteTopology(URL, namespace, [...groupQueueNames(namespace, 'sink'), ...groupQueueNames(namespace, 'units')]);
  return rate;
}

const db = await createTestDatabase('bench');
try {
  const orm = await openOrm({
    databaseUrl: db.url,
    schema: SCHEMA,
    entities: [],
    migrations: [
      sqlMigration('0001', [
        ...UNIT_OF_WORK_SCHEMA,
        'create table counters (id text primary key, n integer not null)',
        `insert into counters select 'c' || g, 0 from generate_series(0, 63) g`,
      ]),
    ],
  });
  await orm.close(true);
  const amqpR = await amqpRate(N * 2);
  const commitR = await commitRate(db.url, N, 8);
  const fullR = await fullRate(db.url, N);
  const baseline = 1 / (1 / amqpR + 1 / commitR);
  const round = (x: number) => Math.round(x);
  console.log(
    JSON.stringify({
      bench: 'messaging',
      n: N,
      amqp_rate: round(amqpR),
      commit_rate: round(commitR),
      baseline: round(baseline),
      full_rate: round(fullR),
      ratio: Math.round((fullR / baseline) * 100) / 100,
      machine: `${os.cpus().length} x ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    }),
  );
} finally {
  await db.drop();
}
