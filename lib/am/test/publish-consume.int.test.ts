import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { connect } from 'amqplib';
import type { ChannelModel, GetMessage } from 'amqplib';
import { connectBroker, createEnvelope, Headers, UnroutableError } from '../src/index.ts';
import type { Broker, Envelope, PublishItem, ReturnedMessage } from '../src/index.ts';
import { deleteTopology, groupQueueNames, queueDepth, rabbitmqUrl, uniqueNamespace } from '../src/testing.ts';

/** Timings on stderr when AM_TEST_LOG is set. */
const report = (line: string): void => void (process.env['AM_TEST_LOG'] && process.stderr.write(`${line}\n`));
const url = rabbitmqUrl();
const ns = uniqueNamespace('am-pubsub');
const WANTED = ['test.v1.Wanted', 'test.v1.AlsoWanted'];
const UNBOUND = 'test.v1.Unbound';
const COMMAND = 'test.v1.DoSomething';
const commandRetry = { initialDelayMs: 50 };

let broker: Broker;
let raw: ChannelModel;
const returned: ReturnedMessage[] = [];

async function getAll(queue: string): Promise<GetMessage[]> {
  const ch = await raw.createChannel();
  const out: GetMessage[] = [];
  for (;;) {
    const m = await ch.get(queue, { noAck: true });
    if (!m) break;
    out.push(m);
  }
  await ch.close();
  return out;
}

async function until(cond: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  broker = await connectBroker(url, { namespace: ns, onReturn: (r) => returned.push(r), connectTimeoutMs: 5000 });
  raw = await connect(url);
});

afterAll(async () => {
  await broker.close();
  await raw.close();
  await deleteTopology(url, ns, [
    ...groupQueueNames(ns, 'bulk'),
    ...groupQueueNames(ns, 'commands', commandRetry),
    ...groupQueueNames(ns, 'slow'),
    ...groupQueueNames(ns, 'conflict'),
    ...groupQueueNames(ns, 'acks-small'),
    ...groupQueueNames(ns, 'acks-big'),
  ]);
});

describe('publish and consume', () => {
  it('publishes 2000 messages with confirms and delivers exactly the bound names', async () => {
    const received = new Map<string, Envelope>();
    await broker.consume(
      { queue: 'bulk', bindings: WANTED.map((routingKey) => ({ exchange: 'events', routingKey })), prefetch: 50 },
      async (env) => {
        received.set(env.messageId, env);
      },
    );

    const N = 2000;
    const items: PublishItem[] = [];
    for (let i = 0; i < N; i++) {
      const name = i % 10 === 9 ? UNBOUND : WANTED[i % 2]!;
      items.push({ exchange: 'events', routingKey: name, envelope: createEnvelope({ name, payload: Buffer.from(`m${i}`) }) });
    }
    const t0 = performance.now();
    await broker.publishMany(items);
    const published = performance.now() - t0;

    const expected = items.filter((i) => i.envelope.name !== UNBOUND).map((i) => i.envelope.messageId);
    await until(() => received.size >= expected.length, 20_000);
    const consumed = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 200)); // nothing else trickles in
    expect(received.size).toBe(expected.length);
    expect(new Set(received.keys())).toEqual(new Set(expected));
    expect([...received.values()].every((e) => WANTED.includes(e.name))).toBe(true);

    const sample = items[0]!.envelope;
    const got = received.get(sample.messageId)!;
    expect(Buffer.from(got.payload).toString()).toBe('m0');
    expect(got.timestamp.getTime()).toBe(sample.timestamp.getTime());

    // the unbound name never reached the queue (no receive-and-drop): it was returned as unroutable instead
    expect(returned.filter((r) => r.name === UNBOUND)).toHaveLength(N / 10);
    expect(await queueDepth(url, `${ns}bulk.dlq`)).toBe(0);
    report(`published ${N} in ${published.toFixed(0)} ms, all consumed after ${consumed.toFixed(0)} ms`);
  }, 30_000);

  it('resolves unroutable publishes unless requireRoute is set', async () => {
    const env = createEnvelope({ name: 'test.v1.Nobody', payload: new Uint8Array() });
    await expect(broker.publish('events', env.name, env)).resolves.toBeUndefined();
    await expect(broker.publish('events', env.name, env, { requireRoute: true })).rejects.toBeInstanceOf(UnroutableError);
  });

  it('dead-letters malformed messages and names the group does not handle, without retries', async () => {
    const handled: Envelope[] = [];
    await broker.consume(
      { queue: 'commands', bindings: [{ exchange: 'commands', routingKey: COMMAND }], retry: commandRetry },
      async (env) => {
        handled.push(env);
      },
    );
    const ch = await raw.createConfirmChannel();
    // no messageId, no type: not an envelope
    ch.publish(`${ns}commands`, COMMAND, Buffer.from('garbage'), { persistent: true });
    await ch.waitForConfirms();
    await ch.close();
    // routed by the bound key, but its name is not one the group handles
    const stranger = createEnvelope({ name: 'test.v1.Stranger', payload: new Uint8Array([1]) });
    await broker.publish('commands', COMMAND, stranger, { requireRoute: true });
    const good = createEnvelope({ name: COMMAND, payload: new Uint8Array([2]), headers: { [Headers.SagaId]: 'saga-1' } });
    await broker.publish('commands', COMMAND, good, { requireRoute: true });

    await until(async () => (await queueDepth(url, `${ns}commands.dlq`)) === 2 && handled.length === 1, 5000);
    expect(handled.map((e) => e.messageId)).toEqual([good.messageId]);
    expect(handled[0]!.headers[Headers.SagaId]).toBe('saga-1');

    const dead = await getAll(`${ns}commands.dlq`);
    expect(dead).toHaveLength(2);
    const malformed = dead.find((m) => m.properties.messageId === undefined)!;
    expect(malformed.content.toString()).toBe('garbage');
    expect(malformed.properties.headers?.[Headers.DeathReason]).toBe('MalformedMessageError: missing messageId');
    expect(malformed.properties.headers?.[Headers.Attempt]).toBe('1');
    expect(malformed.properties.headers?.[Headers.DeathQueue]).toBe(`${ns}commands`);
    const unhandled = dead.find((m) => m.properties.messageId === stranger.messageId)!;
    expect(unhandled.properties.type).toBe('test.v1.Stranger');
    expect(String(unhandled.properties.headers?.[Headers.DeathReason])).toMatch(/not handled/);
    expect(unhandled.properties.headers?.[Headers.OriginalExchange]).toBe(`${ns}commands`);
    expect(unhandled.properties.headers?.[Headers.OriginalRoutingKey]).toBe(COMMAND);
  }, 15_000);

  it('close() waits for in-flight handlers and acks them', async () => {
    const other = await connectBroker(url, { namespace: ns, connectTimeoutMs: 5000 });
    let started = 0;
    let finished = 0;
    await other.consume({ queue: 'slow', bindings: [{ exchange: 'events', routingKey: 'test.v1.Slow' }] }, async () => {
      started++;
      await new Promise((r) => setTimeout(r, 300));
      finished++;
    });
    const items = [1, 2, 3].map(() => {
      const envelope = createEnvelope({ name: 'test.v1.Slow', payload: new Uint8Array() });
      return { exchange: 'events' as const, routingKey: envelope.name, envelope };
    });
    await broker.publishMany(items);
    await until(() => started === 3, 5000);
    await other.close();
    expect(finished).toBe(3);
    expect(other.isReady()).toBe(false);
    expect(await queueDepth(url, `${ns}slow`)).toBe(0);
  }, 15_000);

  it('gathers acks without holding up a consumer: a small prefetch acks at once, a close sends what waits', async () => {
    // acks that would wait 10 s: with a prefetch of 2 a waiting ack would hold a handler slot that long
    const other = await connectBroker(url, { namespace: ns, connectTimeoutMs: 5000, ackDelayMs: 10_000 });
    const handled: string[] = [];
    await other.consume(
      { queue: 'acks-small', bindings: [{ exchange: 'events', routingKey: 'test.v1.Small' }], prefetch: 2 },
      async (env) => void handled.push(env.messageId),
    );
    const big: string[] = [];
    await other.consume(
      { queue: 'acks-big', bindings: [{ exchange: 'events', routingKey: 'test.v1.Big' }], prefetch: 50 },
      async (env) => void big.push(env.messageId),
    );
    const items = (name: string, n: number) =>
      Array.from({ length: n }, () => {
        const envelope = createEnvelope({ name, payload: new Uint8Array() });
        return { exchange: 'events' as const, routingKey: envelope.name, envelope };
      });
    await broker.publishMany([...items('test.v1.Small', 6), ...items('test.v1.Big', 3)]);
    await until(() => handled.length === 6 && big.length === 3, 3000);
    // the three acks of the big queue still wait (10 s); closing sends them, so nothing is redelivered
    await other.close();
    expect(await queueDepth(url, `${ns}acks-small`)).toBe(0);
    expect(await queueDepth(url, `${ns}acks-big`)).toBe(0);
  }, 15_000);

  it('rejects a consumer whose queue exists with other arguments, and stays connected', async () => {
    const ch = await raw.createChannel();
    await ch.assertQueue(`${ns}conflict`, { durable: true }); // a classic queue
    await ch.close();
    await expect(
      broker.consume({ queue: 'conflict', bindings: [{ exchange: 'events', routingKey: 'test.v1.Conflict' }] }, async () => {}),
    ).rejects.toThrow(/PRECONDITION_FAILED/);
    expect(broker.isReady()).toBe(true);
    const env = createEnvelope({ name: 'test.v1.Wanted', payload: new Uint8Array() });
    await expect(broker.publish('events', env.name, env)).resolves.toBeUndefined();
  });
});
