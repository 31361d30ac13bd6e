/**
 * Broker topology: names and idempotent declarations.
 *
 * Contract: three durable topic exchanges `<ns>events` (routing key = message name), `<ns>commands` (routing key =
 * command name) and `<ns>replies` (routing key = reply channel). A consumer group `g` owns the durable quorum
 * queue `<ns>g`, bound to exactly its bindings, with `x-delivery-limit` as the last guard against crash loops
 * (over the limit the broker dead-letters into the DLQ); its dead-letter queue `<ns>g.dlq`; and one delay queue
 * `<ns>g.retry.<ms>ms` per distinct retry delay: a fixed TTL, after which the message dead-letters back to `<ns>g`
 * through the default exchange. Naming delay queues by their delay (not by attempt) means a changed retry policy
 * declares new queues instead of failing on changed arguments. Declarations are idempotent and are repeated on
 * every (re)connect. Dead-lettering between quorum queues uses the at-least-once strategy.
 */
import type { Channel } from 'amqplib';

export type ExchangeKind = 'events' | 'commands' | 'replies';
export const EXCHANGE_KINDS: readonly ExchangeKind[] = ['events', 'commands', 'replies'];
export const DEFAULT_NAMESPACE = 'mallbots.';

export interface Binding {
  exchange: ExchangeKind;
  /** Topic pattern; for events and commands the message name (wildcards `*` and `#` allowed). */
  routingKey: string;
}

export interface TopologyNames {
  readonly namespace: string;
  exchange(kind: ExchangeKind): string;
  queue(group: string): string;
  dlq(group: string): string;
  retryQueue(group: string, delayMs: number): string;
}

export function topologyNames(namespace: string = DEFAULT_NAMESPACE): TopologyNames {
  return {
    namespace,
    exchange: (kind) => `${namespace}${kind}`,
    queue: (group) => `${namespace}${group}`,
    dlq: (group) => `${namespace}${group}.dlq`,
    retryQueue: (group, delayMs) => `${namespace}${group}.retry.${delayMs}ms`,
  };
}

/** Everything declared for one consumer group. */
export interface QueueTopology {
  queue: string;
  dlq: string;
  retryQueues: readonly { name: string; delayMs: number }[];
  bindings: readonly { exchange: string; routingKey: string }[];
  deliveryLimit: number;
}

export function queueTopology(
  names: TopologyNames,
  group: string,
  bindings: readonly Binding[],
  retryDelays: readonly number[],
  deliveryLimit: number,
): QueueTopology {
  return {
    queue: names.queue(group),
    dlq: names.dlq(group),
    retryQueues: retryDelays.map((delayMs) => ({ name: names.retryQueue(group, delayMs), delayMs })),
    bindings: bindings.map((b) => ({ exchange: names.exchange(b.exchange), routingKey: b.routingKey })),
    deliveryLimit,
  };
}

export async function declareExchanges(ch: Channel, names: TopologyNames): Promise<void> {
  for (const kind of EXCHANGE_KINDS) await ch.assertExchange(names.exchange(kind), 'topic', { durable: true });
}

const AT_LEAST_ONCE_DLX = { 'x-dead-letter-strategy': 'at-least-once', 'x-overflow': 'reject-publish' } as const;

/** Declares the DLQ, the delay queues, the main queue and its bindings (exchanges must exist). */
export async function declareQueueTopology(ch: Channel, t: QueueTopology): Promise<void> {
  await ch.assertQueue(t.dlq, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  for (const r of t.retryQueues) {
    await ch.assertQueue(r.name, {
      durable: true,
      arguments: {
        'x-queue-type': 'quorum',
        'x-message-ttl': r.delayMs,
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': t.queue,
        ...AT_LEAST_ONCE_DLX,
      },
    });
  }
  await ch.assertQueue(t.queue, {
    durable: true,
    arguments: {
      'x-queue-type': 'quorum',
      'x-delivery-limit': t.deliveryLimit,
      'x-dead-letter-exchange': '',
      'x-dead-letter-routing-key': t.dlq,
      ...AT_LEAST_ONCE_DLX,
    },
  });
  for (const b of t.bindings) await ch.bindQueue(t.queue, b.exchange, b.routingKey);
}

/** AMQP topic matching: words separated by '.', `*` matches one word, `#` zero or more. */
export function topicMatches(pattern: string, key: string): boolean {
  const p = pattern.split('.');
  const k = key.split('.');
  const memo = new Map<number, boolean>();
  const match = (i: number, j: number): boolean => {
    const id = i * (k.length + 1) + j;
    const known = memo.get(id);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === p.length) result = j === k.length;
    else if (p[i] === '#') result = match(i + 1, j) || (j < k.length && match(i, j + 1));
    else result = j < k.length && (p[i] === '*' || p[i] === k[j]) && match(i + 1, j + 1);
    memo.set(id, result);
    return result;
  };
  return match(0, 0);
}

/**
 * Which messages a group accepts, from its bindings. Events and commands are routed by name, so the name must
 * match one of their patterns. Replies are routed by reply channel, so a message that was published to the
 * replies exchange (and the group binds it) is accepted whatever its name. `exchange` is the exchange the message
 * was originally published to (resolved name), or undefined when unknown.
 */
export function acceptsFromBindings(
  names: TopologyNames,
  bindings: readonly Binding[],
): (name: string, exchange: string | undefined) => boolean {
  const repliesExchange = names.exchange('replies');
  const bindsReplies = bindings.some((b) => b.exchange === 'replies');
  const literal = new Set<string>();
  const patterns: string[] = [];
  for (const b of bindings) {
    if (b.exchange === 'replies') continue;
    if (/(^|\.)[*#](\.|$)/.test(b.routingKey)) patterns.push(b.routingKey);
    else literal.add(b.routingKey);
  }
  return (name, exchange) => {
    if (bindsReplies && exchange === repliesExchange) return true;
    return literal.has(name) || patterns.some((p) => topicMatches(p, name));
  };
}
