/**
 * Watches orders reach a decision without polling the system: a queue of our own bound to OrderApproved and
 * OrderRejected on the events exchange of a namespace, consumed without acks. It only listens, so it costs the
 * system one extra delivery per decided order and nothing else.
 *
 * By default the queue is exclusive and auto-deleted (a progress line against `make up` leaves nothing behind);
 * with `durableQueue` (the benchmark, inside a test namespace that is deleted afterwards) it is a durable classic
 * queue, so a broker restart in the middle of a run loses no decision. Either way the watcher reconnects.
 *
 * Used by the benchmark (checkout-to-approved latency) and by `npm run load --amqp` for a live progress line.
 * The event tells when ordering decided; the saga completes one reply later (the checker reads that from cosec).
 */
import amqp, { type ChannelModel } from 'amqplib';
import { decodeMessage, Names } from '@mallbots/contracts';
import type { Outcome } from './record.ts';

export interface Decision {
  outcome: Outcome;
  at: number;
}

export interface WatchOptions {
  /** A durable queue of this name (within the namespace) instead of an exclusive one. */
  durableQueue?: string;
}

export class DecisionWatcher {
  readonly #decisions = new Map<string, Decision>();
  readonly #waiters = new Map<string, (d: Decision) => void>();
  readonly #url: string;
  readonly #namespace: string;
  readonly #opts: WatchOptions;
  #conn: ChannelModel | undefined;
  #closed = false;
  approved = 0;
  rejected = 0;
  /** A decision seen twice for one order (a redelivered or republished event): counted, not an error here. */
  repeated = 0;
  reconnects = 0;

  private constructor(url: string, namespace: string, opts: WatchOptions) {
    this.#url = url;
    this.#namespace = namespace;
    this.#opts = opts;
  }

  static async start(url: string, namespace: string, opts: WatchOptions = {}): Promise<DecisionWatcher> {
    const w = new DecisionWatcher(url, namespace, opts);
    await w.#connect();
    return w;
  }

  async #connect(): Promise<void> {
    const conn = await amqp.connect(this.#url, {
      noDelay: true,
      clientProperties: { connection_name: `${this.#namespace}load-watcher/${process.pid}` },
    });
    conn.on('error', () => undefined);
    conn.on('close', () => {
      if (!this.#closed) void this.#reconnect();
    });
    this.#conn = conn;
    const ch = await conn.createChannel();
    ch.on('error', () => undefined);
    const exchange = `${this.#namespace}events`;
    await ch.assertExchange(exchange, 'topic', { durable: true });
    const { queue } = this.#opts.durableQueue
      ? await ch.assertQueue(`${this.#namespace}${this.#opts.durableQueue}`, { durable: true })
      : await ch.assertQueue('', { exclusive: true, autoDelete: true, durable: false });
    for (const name of [Names.ordering.OrderApproved, Names.ordering.OrderRejected]) await ch.bindQueue(queue, exchange, name);
    await ch.consume(queue, (m) => m && this.#onMessage(m.properties.type as string, m.content), { noAck: true });
  }

  async #reconnect(): Promise<void> {
    for (let delay = 250; !this.#closed; delay = Math.min(delay * 2, 2000)) {
      await new Promise((r) => setTimeout(r, delay));
      try {
        await this.#connect();
        this.reconnects += 1;
        return;
      } catch {
        // the broker is not back yet
      }
    }
  }

  #onMessage(name: string, content: Buffer): void {
    const outcome: Outcome | undefined =
      name === Names.ordering.OrderApproved ? 'approved' : name === Names.ordering.OrderRejected ? 'rejected' : undefined;
    if (!outcome) return;
    try {
      const { id } = decodeMessage(name as typeof Names.ordering.OrderApproved, content);
      this.#record(id, { outcome, at: Date.now() });
    } catch {
      // not ours to judge (a poison message injected by the chaos harness)
    }
  }

  #record(orderId: string, d: Decision): void {
    if (this.#decisions.has(orderId)) {
      this.repeated += 1;
      return;
    }
    this.#decisions.set(orderId, d);
    if (d.outcome === 'approved') this.approved += 1;
    else this.rejected += 1;
    const w = this.#waiters.get(orderId);
    if (w) {
      this.#waiters.delete(orderId);
      w(d);
    }
  }

  decision(orderId: string): Decision | undefined {
    return this.#decisions.get(orderId);
  }

  /** Resolves with the decision, or undefined after `timeoutMs`. */
  wait(orderId: string, timeoutMs: number): Promise<Decision | undefined> {
    const d = this.#decisions.get(orderId);
    if (d) return Promise.resolve(d);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(orderId);
        resolve(undefined);
      }, timeoutMs);
      this.#waiters.set(orderId, (x) => {
        clearTimeout(timer);
        resolve(x);
      });
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#conn?.close().catch(() => undefined);
  }
}
