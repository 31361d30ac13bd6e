/**
 * The machine's raw primitives, measured the way the saga uses them (for the saga benchmark's limit L):
 *
 *   hopRate     one broker hop: persistent publish with confirms (many in flight) to a durable quorum queue, consumed
 *               with manual acks (lib/am/bench/publish-consume.ts, no lib/am code involved)
 *   commitRate  one unit-of-work transaction, in raw SQL: begin, inbox insert, state update, outbox insert, commit
 *               (synchronous commit as the server is configured), 8 connections
 *   grpcRate    one trivial unary grpc-js call to a server in another process (grpc-echo-server.ts), 64 in flight
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import amqp from 'amqplib';
import pg from 'pg';
import { measureAmqpRate } from '../../lib/am/bench/publish-consume.ts';
import { sleep } from '../load/rpc.ts';

export async function hopRate(url: string, n: number): Promise<number> {
  return (await measureAmqpRate(url, n)).msgsPerSec;
}

/** The unit-of-work transaction's commit rate, in a scratch schema of `databaseUrl` (dropped afterwards). */
export async function commitRate(databaseUrl: string, n: number, concurrency = 8): Promise<number> {
  const schema = `bench_raw_${randomUUID().slice(0, 8)}`;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: concurrency });
  try {
    await pool.query(`create schema ${schema}`);
    await pool.query(
      `create table ${schema}.inbox (message_id text primary key, name text not null, received_at timestamptz not null default now())`,
    );
    await pool.query(
      `create table ${schema}.outbox (id bigserial primary key, message_id uuid not null unique, exchange text not null, routing_key text not null,
         name text not null, payload bytea not null, headers jsonb not null default '{}'::jsonb, created_at timestamptz not null default now())`,
    );
    await pool.query(`create table ${schema}.counters (id text primary key, n integer not null)`);
    await pool.query(`insert into ${schema}.counters select 'c' || g, 0 from generate_series(0, 63) g`);
    const payload = Buffer.alloc(120, 7);
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        const c = await pool.connect();
        try {
          while (next < n) {
            const i = next++;
            await c.query('begin');
            await c.query(`insert into ${schema}.inbox (message_id, name) values ($1, 'raw')`, [`raw-${i}`]);
            await c.query(`update ${schema}.counters set n = n + 1 where id = $1`, [`c${i % 64}`]);
            await c.query(
              `insert into ${schema}.outbox (message_id, exchange, routing_key, name, payload) values ($1, 'events', 'x', 'x', $2)`,
              [randomUUID(), payload],
            );
            await c.query('commit');
          }
        } finally {
          c.release();
        }
      }),
    );
    return n / ((performance.now() - t0) / 1000);
  } finally {
    await pool.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
    await pool.end();
  }
}

/** Calls per second with `concurrency` in flight, and the median of one call at a time (ms). */
export async function grpcRate(n: number, concurrency = 64): Promise<{ rate: number; latencyMs: number }> {
  const script = fileURLToPath(new URL('./grpc-echo-server.ts', import.meta.url));
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim())));
      child.once('exit', (code) => reject(new Error(`echo server exited (${code})`)));
    });
    const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    const body = Buffer.alloc(64, 1);
    const call = () =>
      new Promise<void>((resolve, reject) =>
        client.makeUnaryRequest(
          '/bench.Echo/Call',
          (b: Buffer) => b,
          (b: Buffer) => b,
          body,
          (err) => (err ? reject(err) : resolve()),
        ),
      );
    const seq: number[] = [];
    for (let i = 0; i < 500; i++) {
      const t = performance.now();
      await call(); // the first ones connect and warm up
      seq.push(performance.now() - t);
    }
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < n) await call();
      }),
    );
    const rate = n / ((performance.now() - t0) / 1000);
    client.close();
    return { rate, latencyMs: median(seq.slice(100)) };
  } finally {
    child.kill('SIGKILL');
  }
}

/**
 * One hop at a time: publish one persistent message with a confirm to a quorum queue, wait until it is consumed,
 * repeat. The median is the broker's share of a hop on the saga's critical path, where nothing is batched. With
 * `gapMs`, the broker and this client sit idle that long before each hop, as every service does between the hops
 * of a checkout at low load.
 */
export async function hopLatencyMs(url: string, n = 300, gapMs = 0): Promise<number> {
  // TCP_NODELAY: what the machine can do (with Nagle's algorithm, amqplib's default, a lone hop waits ~40 ms for
  // the peer's delayed ACK)
  const conn = await amqp.connect(url, {
    noDelay: true,
    clientProperties: { connection_name: `bench.hop-latency/${process.pid}` },
  });
  conn.on('error', () => undefined);
  const queue = `bench.hop.${randomUUID()}`;
  try {
    const pub = await conn.createConfirmChannel();
    const sub = await conn.createChannel();
    await sub.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    let waiting: (() => void) | undefined;
    await sub.consume(queue, (m) => {
      if (!m) return;
      sub.ack(m);
      waiting?.();
    });
    const body = Buffer.alloc(200, 1);
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      if (gapMs > 0) await sleep(gapMs);
      const t = performance.now();
      const got = new Promise<void>((r) => (waiting = r));
      await new Promise<void>((resolve, reject) =>
        pub.sendToQueue(queue, body, { persistent: true }, (err) => (err ? reject(err) : resolve())),
      );
      await got;
      times.push(performance.now() - t);
    }
    await sub.deleteQueue(queue);
    return median(times);
  } finally {
    await conn.close().catch(() => undefined);
  }
}

/**
 * One unit-of-work transaction at a time (as in commitRate); the median is a commit's share of a hop. `gapMs`: idle
 * time before each, as in hopLatencyMs.
 */
export async function commitLatencyMs(databaseUrl: string, n = 300, gapMs = 0): Promise<number> {
  const schema = `bench_lat_${randomUUID().slice(0, 8)}`;
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query(`create schema ${schema}`);
    await c.query(`create table ${schema}.inbox (message_id text primary key, name text not null)`);
    await c.query(
      `create table ${schema}.outbox (id bigserial primary key, message_id uuid not null unique, payload bytea not null)`,
    );
    await c.query(`create table ${schema}.counters (id text primary key, n integer not null)`);
    await c.query(`insert into ${schema}.counters values ('c', 0)`);
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      if (gapMs > 0) await sleep(gapMs);
      const t = performance.now();
      await c.query('begin');
      await c.query(`insert into ${schema}.inbox (message_id, name) values ($1, 'raw')`, [`raw-${i}`]);
      await c.query(`update ${schema}.counters set n = n + 1 where id = 'c'`);
      await c.query(`insert into ${schema}.outbox (message_id, payload) values ($1, $2)`, [randomUUID(), Buffer.alloc(120)]);
      await c.query('commit');
      times.push(performance.now() - t);
    }
    return median(times);
  } finally {
    await c.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
    await c.end();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]! * 100) / 100;
}
