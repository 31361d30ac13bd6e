import { describe, it, expect, afterAll } from '@jest/globals';
import pino from 'pino';
import { Broker, BrokerUnavailableError, PublishBatchError, createEnvelope } from '../src/index.ts';
import type { BrokerState, Envelope, PublishItem } from '../src/index.ts';
import { closeConnections, deleteTopology, groupQueueNames, rabbitmqUrl, uniqueNamespace } from '../src/testing.ts';

/** Timings on stderr when AM_TEST_LOG is set. */
const report = (line: string): void => void (process.env['AM_TEST_LOG'] && process.stderr.write(`${line}\n`));
const url = rabbitmqUrl();
const ns = uniqueNamespace('am-reconnect');
const NAME = 'test.v1.Tick';
// AM_TEST_LOG (=1, or a level such as debug) shows the brokers' state changes on stderr
const logLevel = process.env['AM_TEST_LOG'];
const logger = pino(
  {
    level: logLevel === undefined ? 'silent' : ['trace', 'debug', 'info', 'warn', 'error'].includes(logLevel) ? logLevel : 'info',
  },
  pino.destination(2),
);
const reconnect = { initialDelayMs: 300, maxDelayMs: 1000 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(cond: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(5);
  }
}

const brokers: Broker[] = [];
afterAll(async () => {
  await Promise.all(brokers.map((b) => b.close()));
  await deleteTopology(url, ns, groupQueueNames(ns, 'ticks'));
});

describe('connection loss', () => {
  it('reconnects, resumes consuming, and every message published (with outbox-style retries) arrives', async () => {
    const states: BrokerState[] = [];
    const consumer = new Broker(url, {
      namespace: ns,
      connectionName: `${ns}consumer`,
      reconnect,
      logger,
      onStateChange: (s) => states.push(s),
    });
    const publisher = new Broker(url, {
      namespace: ns,
      connectionName: `${ns}publisher`,
      reconnect,
      logger,
      publishTimeoutMs: 5000,
    });
    brokers.push(consumer, publisher);
    expect(consumer.isReady()).toBe(false);
    consumer.start();
    publisher.start();

    const received = new Set<string>();
    let duplicates = 0;
    await consumer.consume(
      { queue: 'ticks', bindings: [{ exchange: 'events', routingKey: NAME }], prefetch: 20 },
      async (env: Envelope) => {
        if (received.has(env.messageId)) duplicates++;
        received.add(env.messageId);
        await sleep(Math.random() * 3);
      },
    );
    await Promise.all([consumer.waitReady(5000), publisher.waitReady(5000)]);
    expect(consumer.isReady()).toBe(true);

    // an outbox: messages stay until the broker confirmed them; failed ones are retried
    const outbox = new Map<string, PublishItem>();
    const published = new Set<string>();
    let failedBatches = 0;
    let producing = true;
    const relay = (async () => {
      let seq = 0;
      while (producing || outbox.size > 0) {
        if (producing) {
          for (let i = 0; i < 10; i++) {
            const envelope = createEnvelope({ name: NAME, payload: Buffer.from(String(seq++)) });
            outbox.set(envelope.messageId, { exchange: 'events', routingKey: NAME, envelope });
          }
        }
        const batch = [...outbox.values()].slice(0, 50);
        try {
          await publisher.publishMany(batch);
          for (const item of batch) outbox.delete(item.envelope.messageId);
          for (const item of batch) published.add(item.envelope.messageId);
        } catch (err) {
          failedBatches++;
          if (err instanceof PublishBatchError) {
            err.results.forEach((r, i) => {
              const id = batch[i]!.envelope.messageId;
              if (r.status === 'fulfilled') {
                outbox.delete(id);
                published.add(id);
              }
            });
          } else if (!(err instanceof BrokerUnavailableError)) throw err;
          await sleep(20);
        }
        await sleep(5);
      }
    })();

    // isReady() sampled every 2 ms: false during each outage, true again after
    const samples: { at: number; ready: boolean }[] = [];
    const sampler = setInterval(() => samples.push({ at: Date.now(), ready: consumer.isReady() }), 2);
    try {
      await sleep(400);
      // the broker force-closes both connections, as in a broker restart or a network failure
      const closed = await closeConnections([`${ns}consumer`, `${ns}publisher`]);
      expect(closed).toBe(2);
      await until(() => states.filter((s) => s === 'reconnecting').length === 1, 5000);
      await until(() => consumer.isReady() && publisher.isReady(), 10_000);

      await sleep(300);
      // a second outage, consumer only, while messages keep flowing
      expect(await closeConnections(`${ns}consumer`)).toBe(1);
      await until(() => states.filter((s) => s === 'reconnecting').length === 2, 5000);
      await until(() => consumer.isReady(), 10_000);
      await sleep(300);
    } finally {
      producing = false;
      clearInterval(sampler);
      await relay;
    }
    await until(() => [...published].every((id) => received.has(id)), 15_000);

    // (e) readiness: up, down (twice), up again
    const transitions = samples.filter((x, i) => i === 0 || x.ready !== samples[i - 1]!.ready).map((x) => x.ready);
    expect(transitions).toEqual([true, false, true, false, true]);
    const outages = samples
      .map((x, i) => (i > 0 && !x.ready && samples[i - 1]!.ready ? samples.findIndex((y, j) => j > i && y.ready) : -1))
      .map((end, i) => (end > 0 ? samples[end]!.at - samples[i]!.at : -1))
      .filter((d) => d >= 0);
    const missing = [...published].filter((id) => !received.has(id));
    expect(missing).toEqual([]);
    expect(published.size).toBeGreaterThan(300);
    expect(states.filter((s) => s === 'reconnecting')).toHaveLength(2);
    expect(states.at(-1)).toBe('ready');
    report(
      `published ${published.size}, received ${received.size} (${duplicates} duplicates), ` +
        `${failedBatches} failed batches, consumer outages ${outages.join(' ms, ')} ms; states: ${states.join(' -> ')}`,
    );
  }, 40_000);

  it('rejects publishes after the publish timeout while the broker is unreachable', async () => {
    const offline = new Broker('amqp://guest:guest@127.0.0.1:1', { namespace: ns, publishTimeoutMs: 300, reconnect });
    brokers.push(offline);
    offline.start();
    const env = createEnvelope({ name: NAME, payload: new Uint8Array() });
    const t0 = Date.now();
    const err = await offline.publish('events', NAME, env).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BrokerUnavailableError);
    expect(String(err)).toMatch(/not connected within 300ms \(last error: .*ECONNREFUSED/);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    expect(offline.isReady()).toBe(false);
    await offline.close();
    await expect(offline.publish('events', NAME, env)).rejects.toBeInstanceOf(BrokerUnavailableError);
  });
});
