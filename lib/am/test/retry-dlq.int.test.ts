import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { connect } from 'amqplib';
import type { ChannelModel, GetMessage } from 'amqplib';
import { connectBroker, createEnvelope, Headers, PermanentError } from '../src/index.ts';
import type { Broker, DeliveryOutcome, PublishItem } from '../src/index.ts';
import { deleteTopology, groupQueueNames, queueDepth, rabbitmqUrl, uniqueNamespace } from '../src/testing.ts';

/** Timings on stderr when AM_TEST_LOG is set. */
const report = (line: string): void => void (process.env['AM_TEST_LOG'] && process.stderr.write(`${line}\n`));
const url = rabbitmqUrl();
const ns = uniqueNamespace('am-retry');
const NAME = 'test.v1.Work';
const retry = { maxAttempts: 4, initialDelayMs: 50, factor: 3, maxDelayMs: 1000 }; // 50, 150, 450 ms

let broker: Broker;
let raw: ChannelModel;
const outcomes: DeliveryOutcome[] = [];

async function until(cond: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function getAll(queue: string): Promise<GetMessage[]> {
  const ch = await raw.createChannel();
  const out: GetMessage[] = [];
  for (let m = await ch.get(queue, { noAck: true }); m; m = await ch.get(queue, { noAck: true })) out.push(m);
  await ch.close();
  return out;
}

beforeAll(async () => {
  broker = await connectBroker(url, { namespace: ns, onDelivery: (o) => outcomes.push(o), connectTimeoutMs: 5000 });
  raw = await connect(url);
});

afterAll(async () => {
  await broker.close();
  await raw.close();
  await deleteTopology(url, ns, [...groupQueueNames(ns, 'work', retry), ...groupQueueNames(ns, 'limit')]);
});

describe('retries and dead-lettering', () => {
  it('retries a failing message with growing delays, then dead-letters it, serving other messages meanwhile', async () => {
    const attempts: { at: number; attempt: string | undefined }[] = [];
    const good = new Map<string, number>();
    let permanentSeen = 0;

    const handle = await broker.consume(
      { queue: 'work', bindings: [{ exchange: 'events', routingKey: NAME }], prefetch: 5, retry },
      async (env) => {
        const kind = Buffer.from(env.payload).toString();
        if (kind === 'poison') {
          attempts.push({ at: performance.now(), attempt: env.headers[Headers.Attempt] });
          throw new Error('always fails');
        }
        if (kind === 'permanent') {
          permanentSeen++;
          throw new PermanentError('cannot ever work');
        }
        await new Promise((r) => setTimeout(r, 5));
        good.set(env.messageId, performance.now());
      },
    );
    expect(handle.dlq).toBe(`${ns}work.dlq`);

    const poison = createEnvelope({ name: NAME, payload: Buffer.from('poison'), correlationId: 'corr-1' });
    const permanent = createEnvelope({ name: NAME, payload: Buffer.from('permanent') });
    await broker.publish('events', NAME, poison);
    await broker.publish('events', NAME, permanent);
    // a steady stream of good messages while the poison message is being retried
    const goodIds: string[] = [];
    for (let i = 0; i < 20; i++) {
      const items: PublishItem[] = [0, 1, 2, 3, 4].map(() => {
        const envelope = createEnvelope({ name: NAME, payload: Buffer.from('good') });
        goodIds.push(envelope.messageId);
        return { exchange: 'events', routingKey: NAME, envelope };
      });
      await broker.publishMany(items);
      await new Promise((r) => setTimeout(r, 10));
    }

    await until(async () => (await queueDepth(url, handle.dlq)) === 2, 10_000);
    const dlqAt = performance.now();
    await until(() => good.size === goodIds.length, 5000);

    // attempts 1..4, the header counting them
    expect(attempts.map((a) => a.attempt)).toEqual([undefined, '2', '3', '4']);
    expect(permanentSeen).toBe(1);
    // growing intervals: at least the configured 50, 150, 450 ms, each longer than the one before
    const gaps = attempts.slice(1).map((a, i) => a.at - attempts[i]!.at);
    report(`retry gaps (ms): ${gaps.map((g) => g.toFixed(0)).join(', ')}`);
    expect(gaps[0]!).toBeGreaterThanOrEqual(45);
    expect(gaps[1]!).toBeGreaterThanOrEqual(145);
    expect(gaps[2]!).toBeGreaterThanOrEqual(445);
    expect(gaps[1]!).toBeGreaterThan(gaps[0]!);
    expect(gaps[2]!).toBeGreaterThan(gaps[1]!);
    // other messages were served while the poison message was retried
    const duringRetries = [...good.values()].filter((t) => t > attempts[0]!.at && t < attempts[3]!.at);
    expect(duringRetries.length).toBeGreaterThan(0);
    expect(Math.min(...good.values())).toBeLessThan(dlqAt);

    const dead = await getAll(handle.dlq);
    const byId = new Map(dead.map((m) => [m.properties.messageId as string, m]));
    const p = byId.get(poison.messageId)!;
    expect(p.properties.headers?.[Headers.DeathReason]).toBe('Error: always fails');
    expect(p.properties.headers?.[Headers.Attempt]).toBe('4');
    expect(p.properties.headers?.[Headers.OriginalExchange]).toBe(`${ns}events`);
    expect(p.properties.headers?.[Headers.OriginalRoutingKey]).toBe(NAME);
    expect(p.properties.headers?.['x-death']).toBeUndefined();
    expect(p.properties.type).toBe(NAME);
    expect(p.properties.correlationId).toBe('corr-1');
    expect(p.content.toString()).toBe('poison');
    const q = byId.get(permanent.messageId)!;
    expect(q.properties.headers?.[Headers.DeathReason]).toBe('PermanentError: cannot ever work');
    expect(q.properties.headers?.[Headers.Attempt]).toBe('1');

    const mine = outcomes.filter((o) => o.messageId === poison.messageId);
    expect(mine.map((o) => [o.outcome, o.attempt, o.delayMs])).toEqual([
      ['retried', 1, 50],
      ['retried', 2, 150],
      ['retried', 3, 450],
      ['dead-lettered', 4, undefined],
    ]);
    for (const q of groupQueueNames(ns, 'work', retry)) expect(await queueDepth(url, q)).toBe(0);
  }, 30_000);

  it('dead-letters a message redelivered more than the delivery limit (the last guard)', async () => {
    const limited = await connectBroker(url, { namespace: ns, deliveryLimit: 2, connectTimeoutMs: 5000 });
    const handle = await limited.consume(
      { queue: 'limit', bindings: [{ exchange: 'events', routingKey: 'test.v1.Crash' }] },
      async () => {},
    );
    await handle.cancel(); // topology declared; now a crashing consumer that requeues forever
    await limited.close();

    const ch = await raw.createChannel();
    let deliveries = 0;
    await ch.consume(handle.queue, (m) => {
      if (!m) return;
      deliveries++;
      ch.nack(m, false, true);
    });
    const env = createEnvelope({ name: 'test.v1.Crash', payload: new Uint8Array() });
    await broker.publish('events', env.name, env, { requireRoute: true });
    await until(async () => (await queueDepth(url, handle.dlq)) === 1, 5000);
    await ch.close();
    expect(deliveries).toBe(3); // first delivery + 2 redeliveries
    const [dead] = await getAll(handle.dlq);
    expect(dead!.properties.messageId).toBe(env.messageId);
    expect(dead!.properties.headers?.['x-first-death-reason']).toBe('delivery_limit');
  }, 15_000);
});
