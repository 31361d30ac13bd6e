/**
 * Watches orders reach a decision without polling the system: a throwaway queue of our own (classic, exclusive,
 * auto-delete, no acks) bound to OrderApproved and OrderRejected on the events exchange of a namespace. It only
 * listens, so it costs the system one extra delivery per decided order and nothing else.
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

export class DecisionWatcher {
  readonly #decisions = new Map<string, Decision>();
  readonly #waiters = new Map<string, (d: Decision) => void>();
  #conn: ChannelModel | undefined;
  approved = 0;
  rejected = 0;
  /** A decision seen twice for one order (a redelivered or republished event): counted, not an error here. */
  repeated = 0;

  static async start(url: string, namespace: string): Promise<DecisionWatcher> {
    const w = new DecisionWatcher();
    const conn = await amqp.connect(url, { clientProperties: { connection_name: `${namespace}load-watcher/${process.pid}` } });
    conn.on('error', () => undefined);
    w.#conn = conn;
    const ch = await conn.createChannel();
    ch.on('error', () => undefined);
    const exchange = `${namespace}events`;
    await ch.assertExchange(exchange, 'topic', { durable: true });
    const { queue } = await ch.assertQueue('', { exclusive: true, autoDelete: true, durable: false });
    for (const name of [Names.ordering.OrderApproved, Names.ordering.OrderRejected]) await ch.bindQueue(queue, exchange, name);
    await ch.consume(
      queue,
      (m) => {
        if (!m) return;
        const name = m.properties.type as string;
        const outcome: Outcome | undefined =
          name === Names.ordering.OrderApproved ? 'approved' : name === Names.ordering.OrderRejected ? 'rejected' : undefined;
        if (!outcome) return;
        try {
          const { id } = decodeMessage(name as typeof Names.ordering.OrderApproved, m.content);
          w.#record(id, { outcome, at: Date.now() });
        } catch {
          // not ours to judge (a poison message injected by the chaos harness)
        }
      },
      { noAck: true },
    );
    return w;
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
    await this.#conn?.close().catch(() => undefined);
  }
}
