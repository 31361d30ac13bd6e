/**
 * Raw amqplib baseline: publish -> consume rate with publisher confirms, many messages in flight.
 *
 * Contract: `measureAmqpRate(url, n)` declares a throwaway queue (durable quorum by default, like lib/am's
 * consumer queues; deleted afterwards), publishes `n` persistent messages on a confirm channel without waiting
 * for each confirm (respecting `drain`), consumes them on a second connection with manual per-message acks and
 * bounded prefetch, and reports msgs/s from the first publish to the last delivery. No lib/am code is involved:
 * it is the ceiling that the messaging benchmark compares lib/am against.
 *
 * CLI: `npm exec -- node lib/am/bench/publish-consume.ts [n] [url]` prints the result as JSON.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { connect } from 'amqplib';
import type { ChannelModel } from 'amqplib';

export interface AmqpRateOptions {
  /** Payload size in bytes. Default 256. */
  payloadBytes?: number;
  /** Default 'quorum'. */
  queueType?: 'quorum' | 'classic';
  /** Consumer prefetch. Default 200. */
  prefetch?: number;
  /** Give up after this long. Default 120 000 ms. */
  timeoutMs?: number;
}

export interface AmqpRate {
  /** End to end: n / (last delivery - first publish). */
  msgsPerSec: number;
  /** n / (last confirm - first publish). */
  publishMsgsPerSec: number;
  elapsedMs: number;
  n: number;
}

export async function measureAmqpRate(url: string, n: number, opts: AmqpRateOptions = {}): Promise<AmqpRate> {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a positive integer');
  const payload = Buffer.alloc(opts.payloadBytes ?? 256, 0x61);
  const queue = `bench.am.${randomUUID()}`;
  const timeoutMs = opts.timeoutMs ?? 120_000;
  let pubConn: ChannelModel | undefined;
  let subConn: ChannelModel | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    pubConn = await connect(url, { clientProperties: { connection_name: `${queue}/pub` } });
    subConn = await connect(url, { clientProperties: { connection_name: `${queue}/sub` } });
    pubConn.on('error', () => {});
    subConn.on('error', () => {});
    const pub = await pubConn.createConfirmChannel();
    const sub = await subConn.createChannel();
    await sub.assertQueue(queue, {
      durable: true,
      arguments: { 'x-queue-type': opts.queueType ?? 'quorum' },
    });
    await sub.prefetch(opts.prefetch ?? 200);

    let received = 0;
    let confirmed = 0;
    let failed: Error | null = null;
    let lastConfirmAt = 0;
    let resolveConfirmed: () => void = () => {};
    let rejectConfirmed: (err: Error) => void = () => {};
    let resolveReceived: () => void = () => {};
    let rejectReceived: (err: Error) => void = () => {};
    const allConfirmed = new Promise<void>((resolve, reject) => {
      resolveConfirmed = resolve;
      rejectConfirmed = reject;
    });
    const allReceived = new Promise<void>((resolve, reject) => {
      resolveReceived = resolve;
      rejectReceived = reject;
    });
    const rejectAll = (err: Error): void => {
      rejectConfirmed(err);
      rejectReceived(err);
    };
    timer = setTimeout(() => rejectAll(new Error(`benchmark did not finish within ${timeoutMs}ms`)), timeoutMs);

    await sub.consume(
      queue,
      (msg) => {
        if (!msg) return;
        sub.ack(msg);
        received += 1;
        if (received === n) resolveReceived();
      },
      { noAck: false },
    );

    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      if (failed) throw failed;
      const writable = pub.publish('', queue, payload, { persistent: true, messageId: String(i) }, (err: unknown) => {
        if (err) {
          failed = err instanceof Error ? err : new Error(String(err));
          rejectAll(failed);
          return;
        }
        confirmed += 1;
        if (confirmed === n) {
          lastConfirmAt = performance.now();
          resolveConfirmed();
        }
      });
      if (!writable) await new Promise<void>((resolve) => pub.once('drain', () => resolve()));
    }
    await Promise.all([allConfirmed, allReceived]);
    const t1 = performance.now();
    const elapsedMs = t1 - t0;
    return {
      msgsPerSec: Math.round((n / elapsedMs) * 1000),
      publishMsgsPerSec: Math.round((n / (lastConfirmAt - t0)) * 1000),
      elapsedMs: Math.round(elapsedMs),
      n,
    };
  } finally {
    if (timer) clearTimeout(timer);
    if (subConn) {
      try {
        const ch = await subConn.createChannel();
        await ch.deleteQueue(queue);
      } catch {
        // best effort
      }
    }
    await subConn?.close().catch(() => {});
    await pubConn?.close().catch(() => {});
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = Number(process.argv[2] ?? 20_000);
  const url = process.argv[3] ?? process.env['RABBITMQ_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672';
  const result = await measureAmqpRate(url, n);
  console.log(JSON.stringify(result));
}
