/**
 * Broker: one RabbitMQ connection with a publish confirm channel and one channel per consumer, kept alive.
 *
 * Contract:
 * - `connectBroker(url, opts)` (or `new Broker(url, opts).start()`) connects, declares the exchanges and the
 *   topology of every registered consumer, then reports `isReady()`. On connection or channel loss it reconnects
 *   with capped exponential backoff (jittered), re-declares everything and resumes every consumer; `isReady()` is
 *   false meanwhile. State changes are logged through the injected pino logger (silent by default).
 * - `publish()` resolves when the broker confirmed the message; many publishes may be in flight. While
 *   disconnected it waits for the connection up to `publishTimeoutMs`, then rejects (callers keep the message in
 *   their outbox). `publishMany()` sends every item, then awaits all confirms together.
 * - `consume(spec, handler)` acks a message only after the handler's promise resolved. A thrown error moves the
 *   message to a delay queue (attempt n+1 after retryDelayMs(n); the republish is confirmed before the original is
 *   acked); after `maxAttempts`, on a `PermanentError`, on a malformed message or on a name the group does not
 *   handle it goes to `<queue>.dlq` with reason and attempt headers. Messages are nacked one at a time, never in
 *   groups. Handlers of one queue run concurrently, up to `prefetch`.
 * - `close()` stops consuming, waits (bounded) for in-flight handlers and confirms, then closes everything.
 */
import { connect } from 'amqplib';
import type { Channel, ChannelModel, ConsumeMessage, Options } from 'amqplib';
import pino from 'pino';
import type { Logger } from 'pino';
import { reconnectDelayMs, resolveReconnectPolicy, resolveRetryPolicy, retryDelayMs, retryDelaySet } from './backoff.ts';
import type { ReconnectPolicy, RetryPolicy } from './backoff.ts';
import { Headers, fromAmqpMessage, readAttempt, toContent, toPublishOptions } from './envelope.ts';
import type { Envelope } from './envelope.ts';
import { BrokerUnavailableError, PermanentError, PublishBatchError, PublishConfirmError, describeError } from './errors.ts';
import { Acks } from './acks.ts';
import { ChannelPublisher } from './publisher.ts';
import type { ReturnedMessage } from './publisher.ts';
import {
  EXCHANGE_KINDS,
  acceptsFromBindings,
  declareExchanges,
  declareQueueTopology,
  queueTopology,
  topologyNames,
  DEFAULT_NAMESPACE,
} from './topology.ts';
import type { Binding, ExchangeKind, QueueTopology, TopologyNames } from './topology.ts';

export type BrokerState = 'idle' | 'connecting' | 'ready' | 'reconnecting' | 'closing' | 'closed';

/** What happened to one delivery; for metrics (handled/failed/retried/dead-lettered by name, latency). */
export interface DeliveryOutcome {
  queue: string;
  name: string | undefined;
  messageId: string | undefined;
  attempt: number;
  /**
   * acked: handled. retried: moved to a delay queue. dead-lettered: moved to the DLQ. requeued: could not be
   * moved (publish failed), nacked back to the queue. abandoned: the channel was lost, the broker redelivers it.
   */
  outcome: 'acked' | 'retried' | 'dead-lettered' | 'requeued' | 'abandoned';
  durationMs: number;
  delayMs?: number;
  error?: unknown;
}

export interface BrokerOptions {
  /** Prefix of every exchange and queue name. Default `mallbots.`. */
  namespace?: string;
  /** Client-provided connection name shown by the broker. Default `<namespace>am/<pid>`. */
  connectionName?: string;
  logger?: Logger;
  /** AMQP heartbeat in seconds (unless the URL sets `heartbeat`). Default 15. */
  heartbeatSec?: number;
  reconnect?: Partial<ReconnectPolicy>;
  /** How long a publish waits for a connection before rejecting. Default 10 000 ms. */
  publishTimeoutMs?: number;
  /** How long a sent message waits for its confirm before rejecting. Default 30 000 ms. */
  confirmTimeoutMs?: number;
  /** Bound on waiting for in-flight handlers and confirms in `close()` / `cancel()`. Default 10 000 ms. */
  closeTimeoutMs?: number;
  /**
   * Acks of finished deliveries are gathered for up to this long and sent as one `multiple` ack (`acks.ts`:
   * each ack is a log write on a quorum queue). 0 acks each delivery at once. Default 200.
   */
  ackDelayMs?: number;
  /** `x-delivery-limit` of consumer queues: redeliveries (crashes, requeues) before the broker dead-letters. Default 20. */
  deliveryLimit?: number;
  /** A publish was unroutable (no queue bound). Also logged at debug level. */
  onReturn?: (returned: ReturnedMessage) => void;
  onStateChange?: (state: BrokerState, previous: BrokerState) => void;
  onDelivery?: (outcome: DeliveryOutcome) => void;
}

export interface ConsumerSpec {
  /** Consumer group; the queue is `<namespace><queue>`. */
  queue: string;
  bindings: readonly Binding[];
  /** Unacked messages (= concurrent handlers) per consumer, 1..1000. Default 20. */
  prefetch?: number;
  retry?: Partial<RetryPolicy>;
  /** Names the group handles; default: derived from bindings (see acceptsFromBindings). Others go to the DLQ. */
  accepts?: readonly string[] | ((name: string) => boolean);
}

export type Handler = (envelope: Envelope) => Promise<void>;

export interface ConsumerHandle {
  readonly queue: string;
  readonly dlq: string;
  /** Stops consuming, waits (bounded) for in-flight handlers, closes the consumer's channel. */
  cancel(): Promise<void>;
}

export interface PublishOptions {
  /** Reject with UnroutableError when no queue is bound (default: resolve, report through onReturn). */
  requireRoute?: boolean;
}

export interface PublishItem extends PublishOptions {
  exchange: ExchangeKind;
  routingKey: string;
  envelope: Envelope;
}

interface ConsumerEntry {
  group: string;
  topology: QueueTopology;
  prefetch: number;
  policy: RetryPolicy;
  accepts: (name: string, exchange: string | undefined) => boolean;
  handler: Handler;
  channel: Channel | null;
  tag: string | null;
  stopped: boolean;
  inflight: Set<Promise<void>>;
}

interface Waiter {
  resolve: () => void;
  reject: (err: Error) => void;
}

const DEFAULT_PREFETCH = 20;
const MAX_PREFETCH = 1000;

function noop(): void {}

/** A rejected promise that is already handled (it is awaited later, after other awaits). */
function rejected(err: Error): Promise<void> {
  const p = Promise.reject(err);
  p.catch(noop);
  return p;
}

function remaining(deadline: number): number {
  return Math.max(0, deadline - Date.now());
}

async function settleWithin(promises: Iterable<Promise<unknown>>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const all = Promise.allSettled([...promises]).then(() => true as const);
  const done = await Promise.race([all, timeout]);
  clearTimeout(timer);
  return done;
}

/** Headers the broker adds on dead-lettering/redelivery; dropped when lib/am republishes a message. */
function isBrokerHeader(key: string): boolean {
  return key === 'x-death' || key === 'x-delivery-count' || key.startsWith('x-first-death-') || key.startsWith('x-last-death-');
}

function headerText(headers: unknown, key: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const v = (headers as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}

/** Properties for republishing a delivered message unchanged except for headers. */
function republishOptions(msg: ConsumeMessage, extra: Record<string, string>): Options.Publish {
  const p = msg.properties;
  const headers: Record<string, unknown> = {};
  const source: unknown = p.headers;
  if (typeof source === 'object' && source !== null) {
    for (const [k, v] of Object.entries(source as Record<string, unknown>)) if (!isBrokerHeader(k)) headers[k] = v;
  }
  if (headers[Headers.OriginalExchange] === undefined) headers[Headers.OriginalExchange] = msg.fields.exchange;
  if (headers[Headers.OriginalRoutingKey] === undefined) headers[Headers.OriginalRoutingKey] = msg.fields.routingKey;
  Object.assign(headers, extra);
  const out: Options.Publish = { persistent: true, headers };
  const copy = [
    'messageId',
    'type',
    'timestamp',
    'correlationId',
    'contentType',
    'contentEncoding',
    'appId',
    'replyTo',
    'priority',
  ] as const;
  for (const key of copy) {
    const v: unknown = p[key];
    if (v !== undefined && v !== null) (out as Record<string, unknown>)[key] = v;
  }
  return out;
}

export class Broker {
  readonly names: TopologyNames;
  #url: string;
  #connectionName: string;
  #log: Logger;
  #reconnectPolicy: ReconnectPolicy;
  #publishTimeoutMs: number;
  #confirmTimeoutMs: number;
  #closeTimeoutMs: number;
  readonly #ackDelayMs: number;
  /** The ack gatherer of each consumer channel. */
  readonly #acks = new WeakMap<Channel, Acks>();
  #deliveryLimit: number;
  #onReturn: (r: ReturnedMessage) => void;
  #onStateChange: (state: BrokerState, previous: BrokerState) => void;
  #onDelivery: (o: DeliveryOutcome) => void;

  #state: BrokerState = 'idle';
  /** Identifies the current connection; bumped whenever it is given up, so stale events are ignored. */
  #gen = 0;
  #conn: ChannelModel | null = null;
  #pub: ChannelPublisher | null = null;
  #consumers = new Map<string, ConsumerEntry>();
  #waiters = new Set<Waiter>();
  #connecting = false;
  #reconnectAttempt = 0;
  #reconnectTimer: NodeJS.Timeout | null = null;
  #expectedClose = new WeakSet<object>();
  #closing: Promise<void> | null = null;
  /** Why the last connection attempt failed or the last connection was lost (for timeout errors). */
  #lastError: string | null = null;

  constructor(url: string, opts: BrokerOptions = {}) {
    this.names = topologyNames(opts.namespace ?? DEFAULT_NAMESPACE);
    const u = new URL(url);
    if (!u.searchParams.has('heartbeat')) u.searchParams.set('heartbeat', String(opts.heartbeatSec ?? 15));
    this.#url = u.toString();
    this.#connectionName = opts.connectionName ?? `${this.names.namespace}am/${process.pid}`;
    this.#log = (opts.logger ?? pino({ level: 'silent' })).child({ component: 'am', connection: this.#connectionName });
    this.#reconnectPolicy = resolveReconnectPolicy(opts.reconnect);
    this.#publishTimeoutMs = opts.publishTimeoutMs ?? 10_000;
    this.#confirmTimeoutMs = opts.confirmTimeoutMs ?? 30_000;
    this.#closeTimeoutMs = opts.closeTimeoutMs ?? 10_000;
    this.#ackDelayMs = opts.ackDelayMs ?? 200;
    if (!Number.isFinite(this.#ackDelayMs) || this.#ackDelayMs < 0) throw new RangeError('ackDelayMs must be >= 0');
    this.#deliveryLimit = opts.deliveryLimit ?? 20;
    this.#onReturn = opts.onReturn ?? noop;
    this.#onStateChange = opts.onStateChange ?? noop;
    this.#onDelivery = opts.onDelivery ?? noop;
  }

  get state(): BrokerState {
    return this.#state;
  }

  /** True while connected with the topology declared and every consumer running (for readiness probes). */
  isReady(): boolean {
    return this.#state === 'ready';
  }

  /** Starts connecting in the background (idempotent). */
  start(): void {
    if (this.#state !== 'idle') return;
    this.#setState('connecting');
    void this.#attemptConnect();
  }

  /** Resolves when ready; rejects with BrokerUnavailableError after `timeoutMs` or when closed. */
  waitReady(timeoutMs: number = this.#publishTimeoutMs): Promise<void> {
    if (this.#state === 'ready') return Promise.resolve();
    if (this.#state === 'closing' || this.#state === 'closed') {
      return Promise.reject(new BrokerUnavailableError('broker is closed'));
    }
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new BrokerUnavailableError(this.#notConnectedMessage(timeoutMs)));
      }, timeoutMs);
      const waiter: Waiter = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      this.#waiters.add(waiter);
    });
  }

  /** Publishes one envelope; resolves when the broker confirmed it. */
  async publish(exchange: ExchangeKind, routingKey: string, envelope: Envelope, options: PublishOptions = {}): Promise<void> {
    const deadline = Date.now() + this.#publishTimeoutMs;
    const { confirmed } = await this.#send(deadline, null, { exchange, routingKey, envelope, ...options });
    await confirmed;
  }

  /**
   * Publishes all items (many in flight), then awaits all confirms. Rejects with PublishBatchError (per-item
   * results) when any item was not confirmed. If the connection is lost within the batch, the items after the
   * loss are not sent.
   */
  async publishMany(items: readonly PublishItem[]): Promise<void> {
    const deadline = Date.now() + this.#publishTimeoutMs;
    const confirms: Promise<void>[] = [];
    let pinned: ChannelPublisher | null = null;
    let aborted: Error | null = null;
    for (const item of items) {
      if (aborted) {
        confirms.push(rejected(aborted));
        continue;
      }
      try {
        const sent = await this.#send(deadline, pinned, item);
        pinned = sent.publisher;
        confirms.push(sent.confirmed);
      } catch (err) {
        aborted = err instanceof Error ? err : new PublishConfirmError(String(err));
        confirms.push(rejected(aborted));
      }
    }
    const results = await Promise.allSettled(confirms);
    if (results.some((r) => r.status === 'rejected')) throw new PublishBatchError(results);
  }

  /** Registers a consumer. Resolves once it runs (or, while disconnected, once registered: it starts on connect). */
  async consume(spec: ConsumerSpec, handler: Handler): Promise<ConsumerHandle> {
    if (this.#state === 'closing' || this.#state === 'closed') throw new BrokerUnavailableError('broker is closed');
    if (!spec.queue) throw new TypeError('consumer queue must be a non-empty string');
    if (this.#consumers.has(spec.queue)) throw new Error(`a consumer for "${spec.queue}" is already registered`);
    if (spec.bindings.length === 0) throw new TypeError(`consumer "${spec.queue}" needs at least one binding`);
    for (const b of spec.bindings) {
      if (!EXCHANGE_KINDS.includes(b.exchange)) throw new TypeError(`unknown exchange kind "${String(b.exchange)}"`);
    }
    const prefetch = spec.prefetch ?? DEFAULT_PREFETCH;
    if (!Number.isInteger(prefetch) || prefetch < 1 || prefetch > MAX_PREFETCH) {
      throw new RangeError(`prefetch must be an integer in 1..${MAX_PREFETCH}`);
    }
    const policy = resolveRetryPolicy(spec.retry);
    let accepts: ConsumerEntry['accepts'];
    const explicit = spec.accepts;
    if (typeof explicit === 'function') accepts = (name) => explicit(name);
    else if (explicit) {
      const set = new Set(explicit);
      accepts = (name) => set.has(name);
    } else accepts = acceptsFromBindings(this.names, spec.bindings);

    const entry: ConsumerEntry = {
      group: spec.queue,
      topology: queueTopology(this.names, spec.queue, spec.bindings, retryDelaySet(policy), this.#deliveryLimit),
      prefetch,
      policy,
      accepts,
      handler,
      channel: null,
      tag: null,
      stopped: false,
      inflight: new Set(),
    };
    this.#consumers.set(spec.queue, entry);

    const conn = this.#conn;
    const gen = this.#gen;
    if (this.#state === 'ready' && conn) {
      try {
        await this.#startConsumer(entry, conn, gen);
      } catch (err) {
        // Lost the connection meanwhile: the reconnect starts it. Otherwise (e.g. conflicting queue arguments): fail.
        if (gen === this.#gen && !entry.stopped) {
          this.#consumers.delete(spec.queue);
          throw err;
        }
      }
    }
    return {
      queue: entry.topology.queue,
      dlq: entry.topology.dlq,
      cancel: () => this.#cancelConsumer(entry),
    };
  }

  /** Stops consuming, waits (bounded) for in-flight handlers and confirms, closes channels and the connection. */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  // ---------------------------------------------------------------- connection

  #setState(next: BrokerState): void {
    const previous = this.#state;
    if (previous === next) return;
    this.#state = next;
    const level = next === 'reconnecting' ? 'warn' : 'info';
    this.#log[level]({ state: next, previous }, `broker ${next}`);
    try {
      this.#onStateChange(next, previous);
    } catch (err) {
      this.#log.error({ err }, 'onStateChange observer threw');
    }
    if (next === 'ready') {
      const waiters = [...this.#waiters];
      this.#waiters.clear();
      for (const w of waiters) w.resolve();
    }
  }

  #notConnectedMessage(timeoutMs: number): string {
    const last = this.#lastError ? ` (last error: ${this.#lastError})` : '';
    return `broker not connected within ${timeoutMs}ms${last}`;
  }

  #stopping(): boolean {
    return this.#state === 'closing' || this.#state === 'closed';
  }

  async #attemptConnect(): Promise<void> {
    this.#reconnectTimer = null;
    if (this.#stopping()) return;
    this.#connecting = true;
    try {
      await this.#connectOnce();
      this.#reconnectAttempt = 0;
      this.#lastError = null;
    } catch (err) {
      if (!this.#stopping()) {
        if (!(err instanceof BrokerUnavailableError)) this.#lastError = describeError(err);
        this.#log.warn({ err: describeError(err) }, 'broker connection attempt failed');
        this.#scheduleReconnect();
      }
    } finally {
      this.#connecting = false;
    }
  }

  #scheduleReconnect(): void {
    if (this.#reconnectTimer || this.#stopping()) return;
    this.#reconnectAttempt += 1;
    const delay = reconnectDelayMs(this.#reconnectPolicy, this.#reconnectAttempt);
    this.#log.info({ attempt: this.#reconnectAttempt, delayMs: delay }, 'broker reconnect scheduled');
    this.#reconnectTimer = setTimeout(() => void this.#attemptConnect(), delay);
  }

  #checkCurrent(gen: number): void {
    if (gen !== this.#gen || this.#stopping()) throw new BrokerUnavailableError('connection attempt superseded');
  }

  async #connectOnce(): Promise<void> {
    const gen = ++this.#gen;
    let conn: ChannelModel | null = null;
    try {
      conn = await connect(this.#url, {
        clientProperties: { connection_name: this.#connectionName },
        timeout: 10_000,
        // amqplib leaves Nagle's algorithm on unless asked: two writes in a row (a frame split by the stream, a
        // heartbeat after a publish) would then wait for the broker's delayed ACK, up to 40 ms.
        noDelay: true,
      });
      const model = conn;
      model.on('error', (err: Error) => this.#log.warn({ err: describeError(err) }, 'broker connection error'));
      model.on('close', (err?: Error) => this.#lost(gen, err ?? new Error('connection closed')));
      model.on('blocked', (reason: string) => this.#log.warn({ reason }, 'broker blocked the connection'));
      model.on('unblocked', () => this.#log.info('broker unblocked the connection'));
      this.#checkCurrent(gen);

      const setup = await model.createChannel();
      setup.on('error', (err: Error) => this.#log.warn({ err: describeError(err) }, 'setup channel error'));
      await declareExchanges(setup, this.names);
      this.#expectedClose.add(setup);
      await setup.close();
      this.#checkCurrent(gen);

      const pubChannel = await model.createConfirmChannel();
      pubChannel.on('error', (err: Error) => this.#log.warn({ err: describeError(err) }, 'publish channel error'));
      pubChannel.on('close', () => {
        if (!this.#expectedClose.has(pubChannel)) this.#channelLost(gen, 'publish channel closed');
      });
      this.#checkCurrent(gen);
      this.#conn = model;
      this.#pub = new ChannelPublisher(pubChannel, {
        confirmTimeoutMs: this.#confirmTimeoutMs,
        onReturn: (r) => {
          this.#log.debug(
            { exchange: r.exchange, routingKey: r.routingKey, messageId: r.messageId },
            'unroutable message returned',
          );
          this.#onReturn(r);
        },
      });

      // Map iteration also visits consumers registered while this loop awaits.
      for (const entry of this.#consumers.values()) {
        if (entry.stopped) continue;
        await this.#startConsumer(entry, model, gen);
        this.#checkCurrent(gen);
      }
      this.#checkCurrent(gen);
      this.#setState('ready');
    } catch (err) {
      if (gen === this.#gen) {
        this.#gen += 1;
        this.#conn = null;
        this.#pub = null;
      }
      if (conn) conn.close().catch(noop);
      throw err;
    }
  }

  /** The connection (or one of its channels) of generation `gen` is gone: give it up and reconnect. */
  #lost(gen: number, reason: Error): void {
    if (gen !== this.#gen || this.#stopping()) return;
    this.#gen += 1;
    const conn = this.#conn;
    this.#conn = null;
    this.#pub = null;
    for (const entry of this.#consumers.values()) {
      entry.channel = null;
      entry.tag = null;
    }
    this.#lastError = describeError(reason);
    this.#log.warn({ err: this.#lastError }, 'broker connection lost');
    if (this.#state === 'ready') this.#setState('reconnecting');
    if (conn) conn.close().catch(noop);
    if (!this.#connecting) this.#scheduleReconnect();
  }

  /**
   * A channel closed unexpectedly. When the whole connection went down, amqplib closes the channels first and
   * then emits the connection's close (with the reason) in the same tick: deferring to a microtask lets the
   * connection report the real reason; the stale channel report is then ignored.
   */
  #channelLost(gen: number, what: string): void {
    queueMicrotask(() => this.#lost(gen, new Error(what)));
  }

  async #close(): Promise<void> {
    if (this.#state === 'closed') return;
    this.#setState('closing');
    if (this.#reconnectTimer) clearTimeout(this.#reconnectTimer);
    this.#reconnectTimer = null;
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const w of waiters) w.reject(new BrokerUnavailableError('broker is closed'));

    const deadline = Date.now() + this.#closeTimeoutMs;
    const entries = [...this.#consumers.values()];
    for (const e of entries) e.stopped = true;
    await Promise.all(entries.map((e) => this.#cancelDelivery(e)));
    const drained = await settleWithin(
      entries.flatMap((e) => [...e.inflight]),
      remaining(deadline),
    );
    if (!drained) this.#log.warn('close: in-flight handlers did not finish in time; their messages will be redelivered');
    await this.#pub?.waitIdle(remaining(deadline));

    this.#gen += 1;
    const conn = this.#conn;
    this.#conn = null;
    // Close the channels first: a channel's close follows its acks in order, whereas a connection close could
    // overtake acks still buffered on other channels.
    const channels: Channel[] = entries.flatMap((e) => (e.channel ? [e.channel] : []));
    if (this.#pub) channels.push(this.#pub.channel);
    for (const ch of channels) {
      this.#expectedClose.add(ch);
      this.#acks.get(ch)?.flush();
    }
    await Promise.all(channels.map((ch) => ch.close().catch(noop)));
    for (const e of entries) e.channel = null;
    this.#pub = null;
    this.#consumers.clear();
    if (conn) {
      try {
        await conn.close();
      } catch {
        // already closed
      }
    }
    this.#setState('closed');
  }

  // ---------------------------------------------------------------- publishing

  async #publisher(deadline: number): Promise<ChannelPublisher> {
    for (;;) {
      const pub = this.#pub;
      if (pub && !pub.closed && (this.#state === 'ready' || this.#state === 'closing')) return pub;
      if (this.#stopping()) throw new BrokerUnavailableError('broker is closed');
      const left = remaining(deadline);
      if (left === 0) throw new BrokerUnavailableError(this.#notConnectedMessage(this.#publishTimeoutMs));
      // 'ready' without a usable channel only lasts until the close event is processed: never spin on it
      if (this.#state === 'ready') await new Promise((r) => setTimeout(r, Math.min(10, left)));
      else await this.waitReady(left).catch(noop); // the loop reports closing or the timeout
    }
  }

  /** Sends one item; retries on a fresh channel if the channel closed before the message was sent. */
  async #send(
    deadline: number,
    pinned: ChannelPublisher | null,
    item: PublishItem,
  ): Promise<{ publisher: ChannelPublisher; confirmed: Promise<void> }> {
    if (!EXCHANGE_KINDS.includes(item.exchange)) throw new TypeError(`unknown exchange kind "${String(item.exchange)}"`);
    const options = toPublishOptions(item.envelope);
    const content = toContent(item.envelope.payload);
    const exchange = this.names.exchange(item.exchange);
    for (;;) {
      const pub = await this.#publisher(deadline);
      if (pinned && pub !== pinned) {
        throw new BrokerUnavailableError('connection lost during the batch; remaining messages were not sent');
      }
      try {
        const { confirmed } = await pub.write(exchange, item.routingKey, content, options, item.requireRoute ?? false);
        return { publisher: pub, confirmed };
      } catch (err) {
        if (!pub.closed || pinned) throw err;
        // the channel closed before the message was written: nothing was sent, wait for the next connection
      }
    }
  }

  // ---------------------------------------------------------------- consuming

  async #startConsumer(entry: ConsumerEntry, conn: ChannelModel, gen: number): Promise<void> {
    const ch = await conn.createChannel();
    const queue = entry.topology.queue;
    let started = false;
    ch.on('error', (err: Error) => this.#log.warn({ queue, err: describeError(err) }, 'consumer channel error'));
    ch.on('close', () => {
      if (started && !this.#expectedClose.has(ch)) this.#channelLost(gen, `consumer channel of ${queue} closed`);
    });
    try {
      await declareQueueTopology(ch, entry.topology);
      await ch.prefetch(entry.prefetch);
      this.#acks.set(ch, new Acks(ch, { delayMs: this.#ackDelayMs, prefetch: entry.prefetch }));
      const { consumerTag } = await ch.consume(
        queue,
        (msg) => {
          if (msg === null) this.#lost(gen, new Error(`broker cancelled the consumer of ${queue}`));
          else this.#dispatch(entry, ch, gen, msg);
        },
        { noAck: false },
      );
      started = true;
      entry.channel = ch;
      entry.tag = consumerTag;
      this.#log.info({ queue, prefetch: entry.prefetch }, 'consumer started');
    } catch (err) {
      this.#expectedClose.add(ch);
      ch.close().catch(noop);
      throw err;
    }
    if (entry.stopped || gen !== this.#gen) await this.#cancelDelivery(entry);
  }

  async #cancelDelivery(entry: ConsumerEntry): Promise<void> {
    const ch = entry.channel;
    const tag = entry.tag;
    entry.tag = null;
    if (!ch || !tag) return;
    try {
      await ch.cancel(tag);
    } catch {
      // channel already gone: nothing is delivered any more
    }
  }

  async #cancelConsumer(entry: ConsumerEntry): Promise<void> {
    if (entry.stopped) return;
    entry.stopped = true;
    if (this.#consumers.get(entry.group) === entry) this.#consumers.delete(entry.group);
    await this.#cancelDelivery(entry);
    await settleWithin([...entry.inflight], this.#closeTimeoutMs);
    const ch = entry.channel;
    entry.channel = null;
    if (ch) {
      this.#expectedClose.add(ch);
      this.#acks.get(ch)?.flush();
      await ch.close().catch(noop);
    }
  }

  #dispatch(entry: ConsumerEntry, ch: Channel, gen: number, msg: ConsumeMessage): void {
    this.#acks.get(ch)?.delivered(msg.fields.deliveryTag);
    const task = this.#handle(entry, ch, gen, msg).catch((err: unknown) => {
      this.#log.error({ queue: entry.topology.queue, err: describeError(err) }, 'delivery processing failed');
    });
    entry.inflight.add(task);
    void task.finally(() => entry.inflight.delete(task));
  }

  async #handle(entry: ConsumerEntry, ch: Channel, gen: number, msg: ConsumeMessage): Promise<void> {
    const started = performance.now();
    const attempt = readAttempt(msg.properties.headers);
    const messageId = typeof msg.properties.messageId === 'string' ? (msg.properties.messageId as string) : undefined;
    const rawName = typeof msg.properties.type === 'string' ? (msg.properties.type as string) : undefined;
    const report = (outcome: DeliveryOutcome['outcome'], extra: Partial<DeliveryOutcome> = {}): void => {
      try {
        this.#onDelivery({
          queue: entry.topology.queue,
          name: rawName,
          messageId,
          attempt,
          outcome,
          durationMs: performance.now() - started,
          ...extra,
        });
      } catch (err) {
        this.#log.error({ err: describeError(err) }, 'onDelivery observer threw');
      }
    };

    let env: Envelope;
    try {
      env = fromAmqpMessage(msg);
    } catch (err) {
      await this.#move(entry, ch, gen, msg, 'dead-lettered', attempt, err, report);
      return;
    }
    const originalExchange = headerText(msg.properties.headers, Headers.OriginalExchange) ?? msg.fields.exchange;
    if (!entry.accepts(env.name, originalExchange)) {
      const err = new PermanentError(`message name "${env.name}" is not handled by ${entry.topology.queue}`);
      await this.#move(entry, ch, gen, msg, 'dead-lettered', attempt, err, report);
      return;
    }

    try {
      await entry.handler(env);
    } catch (err) {
      const permanent = err instanceof PermanentError;
      const last = attempt >= entry.policy.maxAttempts;
      this.#log.warn(
        { queue: entry.topology.queue, name: env.name, messageId: env.messageId, attempt, err: describeError(err) },
        permanent || last ? 'handler failed; dead-lettering' : 'handler failed; will retry',
      );
      await this.#move(entry, ch, gen, msg, permanent || last ? 'dead-lettered' : 'retried', attempt, err, report);
      return;
    }
    this.#ack(ch, msg);
    report('acked');
  }

  /**
   * Moves a delivery to its delay queue (outcome 'retried') or DLQ ('dead-lettered'): republish with confirm and
   * `requireRoute`, then ack the original. If the republish fails, the original is nacked back to its queue
   * (alone: never `allUpTo`). If the delivery's channel is already gone, nothing is published: the broker
   * redelivers the original.
   */
  async #move(
    entry: ConsumerEntry,
    ch: Channel,
    gen: number,
    msg: ConsumeMessage,
    outcome: 'retried' | 'dead-lettered',
    attempt: number,
    error: unknown,
    report: (o: DeliveryOutcome['outcome'], extra?: Partial<DeliveryOutcome>) => void,
  ): Promise<void> {
    const pub = this.#pub;
    if (gen !== this.#gen || !pub || pub.closed) {
      report('abandoned', { error });
      return;
    }
    let target: string;
    let headers: Record<string, string>;
    let delayMs: number | undefined;
    if (outcome === 'retried') {
      delayMs = retryDelayMs(entry.policy, attempt);
      target = entry.topology.retryQueues.find((r) => r.delayMs === delayMs)?.name ?? this.names.retryQueue(entry.group, delayMs);
      headers = { [Headers.Attempt]: String(attempt + 1) };
    } else {
      target = entry.topology.dlq;
      headers = {
        [Headers.Attempt]: String(attempt),
        [Headers.DeathReason]: describeError(error),
        [Headers.DeathQueue]: entry.topology.queue,
      };
    }
    try {
      const { confirmed } = await pub.write('', target, msg.content, republishOptions(msg, headers), true);
      await confirmed;
    } catch (err) {
      this.#log.error(
        { queue: entry.topology.queue, target, messageId: msg.properties.messageId as unknown, err: describeError(err) },
        'could not move message; requeueing it',
      );
      try {
        this.#acks.get(ch)?.settled(msg.fields.deliveryTag);
        ch.nack(msg, false, true);
        report('requeued', { error });
      } catch {
        report('abandoned', { error });
      }
      return;
    }
    this.#ack(ch, msg);
    report(outcome, delayMs === undefined ? { error } : { error, delayMs });
  }

  /** Acks through the channel's gatherer (every consumer channel has one from its start: `#startConsumer`). */
  #ack(ch: Channel, msg: ConsumeMessage): void {
    this.#acks.get(ch)?.ack(msg.fields.deliveryTag);
  }
}

/** Creates a broker, connects and waits until ready (rejects after `connectTimeoutMs`, default 30 s, and closes). */
export async function connectBroker(url: string, opts: BrokerOptions & { connectTimeoutMs?: number } = {}): Promise<Broker> {
  const broker = new Broker(url, opts);
  broker.start();
  try {
    await broker.waitReady(opts.connectTimeoutMs ?? 30_000);
  } catch (err) {
    await broker.close();
    throw err;
  }
  return broker;
}
