/**
 * The broker connection's socket is corked for the rest of each callback that writes to it, so the frames amqplib
 * writes one by one (every publish, every ack) leave in one `writev`. Real RabbitMQ; the socket's `_write` and
 * `_writev` are counted.
 */
import { describe, it, expect, afterEach } from '@jest/globals';
import { Socket } from 'node:net';
import { connect } from 'amqplib';
import type { ChannelModel } from 'amqplib';
import { coalesceWrites } from '../src/broker.ts';
import { rabbitmqUrl } from '../src/testing.ts';

const open: ChannelModel[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close().catch(() => undefined)));
});

/** Publishes `n` messages in one callback on a fresh connection; returns the socket writes it took and how many arrived. */
async function publishBurst(n: number, coalesce: boolean): Promise<{ writes: number; chunks: number; arrived: number }> {
  const conn = await connect(rabbitmqUrl(), { noDelay: true });
  open.push(conn);
  if (coalesce) coalesceWrites(conn);
  const ch = await conn.createConfirmChannel();
  const { queue } = await ch.assertQueue('', { exclusive: true });
  const socket = (conn.connection as unknown as { stream: Socket }).stream;
  expect(socket).toBeInstanceOf(Socket);
  let writes = 0;
  let chunks = 0;
  const s = socket as unknown as {
    _write: (...a: unknown[]) => void;
    _writev: (chunks: unknown[], cb: unknown) => void;
  };
  const w = s._write.bind(socket);
  const wv = s._writev.bind(socket);
  s._write = (...a) => {
    writes++;
    chunks++;
    w(...a);
  };
  s._writev = (c, cb) => {
    writes++;
    chunks += c.length;
    wv(c, cb);
  };
  for (let i = 0; i < n; i++) ch.sendToQueue(queue, Buffer.from(`m${i}`), { persistent: true });
  await ch.waitForConfirms();
  const counted = { writes, chunks };
  const { messageCount } = await ch.checkQueue(queue);
  return { ...counted, arrived: messageCount };
}

describe('coalesced broker writes', () => {
  it('sends the frames written in one callback in one system call, and all of them arrive', async () => {
    const burst = await publishBurst(20, true);
    expect(burst.arrived).toBe(20);
    expect(burst.chunks).toBeGreaterThanOrEqual(20);
    expect(burst.writes).toBe(1);
  });

  it('without it, amqplib writes frame by frame (what the corking saves)', async () => {
    const burst = await publishBurst(20, false);
    expect(burst.arrived).toBe(20);
    expect(burst.writes).toBeGreaterThan(10);
  });
});
