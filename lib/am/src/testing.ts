/**
 * Test helpers for code that uses @mallbots/am (import from `@mallbots/am/testing`).
 *
 * Contract: `uniqueNamespace()` gives a per-test prefix so tests never share exchanges or queues;
 * `groupQueueNames()` lists every queue lib/am declares for a consumer group; `deleteTopology()` removes a
 * namespace's exchanges and the given queues (call it in afterAll); `closeConnections()` makes the broker
 * force-close the connections with a given client-provided name (`rabbitmqctl close_connection`, needs local
 * rabbitmqctl rights, e.g. root), which is how a real outage looks to the client, without touching other tests;
 * `startTestBroker()` connects a client in a test's namespace that observes what the code under test publishes.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { connect } from 'amqplib';
import { resolveRetryPolicy, retryDelaySet } from './backoff.ts';
import type { RetryPolicy } from './backoff.ts';
import { Broker } from './broker.ts';
import type { Envelope } from './envelope.ts';
import { DEFAULT_NAMESPACE, EXCHANGE_KINDS, topologyNames } from './topology.ts';
import type { ExchangeKind } from './topology.ts';

const exec = promisify(execFile);

export const DEFAULT_TEST_RABBITMQ_URL = 'amqp://guest:guest@127.0.0.1:5672';

export function rabbitmqUrl(): string {
  return process.env['RABBITMQ_URL'] ?? DEFAULT_TEST_RABBITMQ_URL;
}

/** A fresh namespace such as `test.3f9a1c2b.` (ends with a dot, like the production `mallbots.`). */
export function uniqueNamespace(prefix = 'test'): string {
  return `${prefix}.${randomUUID().slice(0, 8)}.`;
}

/** Every queue declared for a consumer group: the queue, its DLQ and its delay queues. */
export function groupQueueNames(namespace: string, group: string, retry?: Partial<RetryPolicy>): string[] {
  const names = topologyNames(namespace);
  const delays = retryDelaySet(resolveRetryPolicy(retry));
  return [names.queue(group), names.dlq(group), ...delays.map((d) => names.retryQueue(group, d))];
}

/** Deletes the namespace's three exchanges and the given queues (full names); missing ones are ignored. */
export async function deleteTopology(url: string, namespace: string, queues: readonly string[]): Promise<void> {
  const conn = await connect(url);
  conn.on('error', () => {});
  try {
    const names = topologyNames(namespace);
    for (const q of queues) {
      const ch = await conn.createChannel();
      ch.on('error', () => {});
      await ch.deleteQueue(q).catch(() => {});
      await ch.close().catch(() => {});
    }
    const ch = await conn.createChannel();
    ch.on('error', () => {});
    for (const kind of EXCHANGE_KINDS) await ch.deleteExchange(names.exchange(kind)).catch(() => {});
    await ch.close().catch(() => {});
  } finally {
    await conn.close().catch(() => {});
  }
}

/** An observer's consumer group: what `exchange` routes to `queue` by `routingKey` (a pattern) goes to `onMessage`. */
export interface Observation {
  queue: string;
  exchange: ExchangeKind;
  routingKey: string;
  /** Called with every delivery, in arrival order; a throw fails the delivery as a handler's would. */
  onMessage(envelope: Envelope): void;
}

/**
 * Starts a broker client in `namespace` with one consumer group per observation and waits (10 s at most) until it is
 * ready, its queues declared and bound. Tests publish through it as a peer would; close it in afterAll.
 */
export async function startTestBroker(url: string, namespace: string, observe: readonly Observation[] = []): Promise<Broker> {
  const broker = new Broker(url, { namespace });
  broker.start();
  for (const { queue, exchange, routingKey, onMessage } of observe) {
    await broker.consume({ queue, bindings: [{ exchange, routingKey }] }, async (e) => void onMessage(e));
  }
  await broker.waitReady(10_000);
  return broker;
}

/** Number of ready messages in a queue. */
export async function queueDepth(url: string, queue: string): Promise<number> {
  const conn = await connect(url);
  conn.on('error', () => {});
  try {
    const ch = await conn.createChannel();
    ch.on('error', () => {});
    const { messageCount } = await ch.checkQueue(queue);
    return messageCount;
  } finally {
    await conn.close().catch(() => {});
  }
}

/**
 * Asks the broker to force-close every connection whose client-provided name is one of `connectionNames`
 * (one `rabbitmqctl list_connections`, then `close_connection` per match, in parallel). Returns how many were closed.
 */
export async function closeConnections(
  connectionNames: string | readonly string[],
  reason = 'test: forced close',
): Promise<number> {
  const wanted = new Set(typeof connectionNames === 'string' ? [connectionNames] : connectionNames);
  const { stdout } = await exec('rabbitmqctl', ['list_connections', 'pid', 'client_properties', '--no-table-headers', '-q']);
  const pids: string[] = [];
  for (const line of stdout.split('\n')) {
    const pid = line.split('\t')[0]?.trim() ?? '';
    const name = /\{"connection_name","((?:[^"\\]|\\.)*)"\}/.exec(line)?.[1];
    if (pid.startsWith('<') && name !== undefined && wanted.has(name)) pids.push(pid);
  }
  await Promise.all(pids.map((pid) => exec('rabbitmqctl', ['close_connection', pid, reason])));
  return pids.length;
}

/**
 * Deletes every queue whose name starts with `namespace` (listed with `rabbitmqctl`, which needs local rights, as
 * root in CI) and the namespace's exchanges. Tests call it when done: quorum queues are not free, and a broker
 * collecting thousands of dead test queues slows down for everyone.
 */
export async function deleteNamespace(url: string, namespace: string): Promise<number> {
  if (!/^[A-Za-z0-9._-]+\.$/.test(namespace) || namespace === DEFAULT_NAMESPACE) {
    throw new Error(`refusing to delete namespace "${namespace}"`);
  }
  let queues: string[] = [];
  try {
    const { stdout } = await exec('rabbitmqctl', ['-q', 'list_queues', '--no-table-headers', 'name'], { timeout: 30_000 });
    queues = stdout
      .split('\n')
      .map((s) => s.trim())
      .filter((q) => q.startsWith(namespace));
  } catch {
    // no rabbitmqctl rights here: only the exchanges go
  }
  await deleteTopology(url, namespace, queues);
  return queues.length;
}
