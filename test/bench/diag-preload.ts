/**
 * Diagnostics for the saga benchmark, loaded into a service process with `NODE_OPTIONS=--import <this file>`
 * (saga.ts does it with BENCH_DIAG=1 or BENCH_AMQP_NODELAY=1); nothing in lib/ or services/ changes.
 *
 *   BENCH_DIAG_DIR=<dir>    count SQL statements (by their first words), socket writes and bytes by peer port;
 *                           written to <dir>/<service>-<pid>.json when the process exits
 *   BENCH_TIMELINE_DIR=<dir> record a timeline (absolute ms): SQL statements sent and answered, broker frames written
 *                           and read (publish, deliver, ack, confirm), other reads by peer, and marks inside the
 *                           process (amqplib hands a delivery over, a unit of work starts, the pool hands out a
 *                           connection); written to
 *                           <dir>/<service>-<pid>.json at exit (test/bench/timeline.ts merges them per checkout)
 *   BENCH_AMQP_NODELAY=1    what-if: TCP_NODELAY on the broker connection (amqplib leaves Nagle on unless asked)
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { TransactionManager } from '@mallbots/tm';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AMQP_PORT = 5672;
const PG_PORT = 5432;

/** A statement's text without layout, case or schema qualifiers, to group statements by. */
const normalized = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/"[^"]*"\./g, '')
    .replace(/\b(execute mbt_\d+)\(.*?\)(;|$)/g, '$1$2'); // a prepared statement by its name, not its values

/** Wraps `net.Socket.prototype.write` (once per caller): `onWrite` sees every socket and chunk written. */
function watchWrites(onWrite: (socket: net.Socket, chunk: unknown) => void): void {
  const write = net.Socket.prototype.write as (...args: unknown[]) => boolean;
  net.Socket.prototype.write = function (this: net.Socket, ...args: unknown[]) {
    onWrite(this, args[0]);
    return write.apply(this, args);
  } as typeof net.Socket.prototype.write;
}

/** Writes `data` (plus the service's name) to <dir>/<service>-<pid>.json when the process exits. */
function writeAtExit(dir: string, data: () => Record<string, unknown>): void {
  process.on('exit', () => {
    const service = process.argv[1]?.split('/').at(-3) ?? 'unknown';
    writeFileSync(join(dir, `${service}-${process.pid}.json`), JSON.stringify({ service, ...data() }));
  });
}

/**
 * Wraps `pg.Client.prototype.query` (once per caller): `onQuery` sees the text of each query as it is sent and
 * may return a function that is called when its result (or error) arrives.
 */
function watchQueries(onQuery: (text: string) => (() => void) | undefined): void {
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const q = args[0];
    const done = onQuery(typeof q === 'string' ? q : ((q as { text?: string } | undefined)?.text ?? '?'));
    if (!done) return query.apply(this, args);
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const cb = args[last] as (...a: unknown[]) => unknown;
      args[last] = (...a: unknown[]) => {
        done();
        return cb(...a);
      };
    }
    const r = query.apply(this, args);
    if (r && typeof (r as Promise<unknown>).then === 'function') (r as Promise<unknown>).then(done, done);
    return r;
  } as typeof pg.Client.prototype.query;
}

if (process.env['BENCH_AMQP_NODELAY'] === '1') {
  const setNoDelay = net.Socket.prototype.setNoDelay;
  net.Socket.prototype.setNoDelay = function (this: net.Socket, noDelay?: boolean) {
    return setNoDelay.call(this, this.remotePort === AMQP_PORT ? true : noDelay);
  };
}

const dir = process.env['BENCH_DIAG_DIR'];
if (dir) {
  const statements = new Map<string, number>();
  /** Time from sending a statement to its result, by statement (ms, summed). */
  const statementMs = new Map<string, number>();
  const writes = new Map<string, { writes: number; bytes: number }>();
  watchQueries((text) => {
    const key = normalized(text).split(' ').slice(0, 4).join(' ');
    statements.set(key, (statements.get(key) ?? 0) + 1);
    const t = performance.now();
    return () => statementMs.set(key, (statementMs.get(key) ?? 0) + performance.now() - t);
  });
  watchWrites((socket, chunk) => {
    const port = socket.remotePort;
    const peer = port === AMQP_PORT ? 'amqp' : port === PG_PORT ? 'postgres' : port ? `tcp:${port}` : 'pipe';
    const w = writes.get(peer) ?? { writes: 0, bytes: 0 };
    w.writes += 1;
    w.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : ((chunk as Buffer | undefined)?.length ?? 0);
    writes.set(peer, w);
  });
  writeAtExit(dir, () => ({
    statements: Object.fromEntries(statements),
    statement_ms: Object.fromEntries(statementMs),
    writes: Object.fromEntries(writes),
  }));
}

const timelineDir = process.env['BENCH_TIMELINE_DIR'];
if (timelineDir) {
  const events: [number, string, string][] = [];
  const now = () => performance.timeOrigin + performance.now();
  const mark = (peer: string, what: string) => {
    if (events.length < 2_000_000) events.push([now(), peer, what]);
  };
  /** The first frame of a chunk: AMQP method frames (type 1) name class and method. */
  const amqpFrame = (b: Buffer): string => {
    if (b.length < 11 || b[0] !== 1) return b[0] === 8 ? 'heartbeat' : `frame${b[0]}`;
    const cls = b.readUInt16BE(7);
    const method = b.readUInt16BE(9);
    const names: Record<string, string> = { '60.40': 'publish', '60.60': 'deliver', '60.80': 'ack', '60.120': 'nack' };
    return names[`${cls}.${method}`] ?? `${cls}.${method}`;
  };
  watchQueries((text) => {
    const key = normalized(text).slice(0, 40);
    mark('pg', `query ${key}`);
    return () => mark('pg', `result ${key}`);
  });
  watchWrites((socket, chunk) => {
    if (socket.remotePort === AMQP_PORT && Buffer.isBuffer(chunk)) mark('amqp', `write ${amqpFrame(chunk)}`);
  });
  const emit = net.Socket.prototype.emit as (...args: unknown[]) => boolean;
  net.Socket.prototype.emit = function (this: net.Socket, ...args: unknown[]) {
    if (args[0] === 'data' && Buffer.isBuffer(args[1])) {
      if (this.remotePort === AMQP_PORT) mark('amqp', `read ${amqpFrame(args[1])}`);
      else if (this.remotePort === PG_PORT) mark('pg', 'read');
      else mark('tcp', `read :${this.localPort}`);
    }
    return emit.apply(this, args);
  } as typeof net.Socket.prototype.emit;
  // inside the process: amqplib handing a delivery to lib/am, lib/am starting the unit of work, the pool's connection
  const require = createRequire(import.meta.url);
  const amqpChannel = require(join(ROOT, 'node_modules', 'amqplib', 'lib', 'channel.js')) as {
    BaseChannel: { prototype: { dispatchMessage: (...a: unknown[]) => unknown } };
  };
  const dispatch = amqpChannel.BaseChannel.prototype.dispatchMessage;
  amqpChannel.BaseChannel.prototype.dispatchMessage = function (this: unknown, ...args: unknown[]) {
    mark('app', 'amqplib dispatch');
    return dispatch.apply(this, args);
  };
  const handle = TransactionManager.prototype.handle;
  TransactionManager.prototype.handle = function (this: TransactionManager, ...args: Parameters<typeof handle>) {
    mark('app', 'unit of work');
    return handle.apply(this, args);
  } as typeof handle;
  const connect = pg.Pool.prototype.connect as (...a: unknown[]) => unknown;
  pg.Pool.prototype.connect = function (this: pg.Pool, ...args: unknown[]) {
    mark('app', 'pool connect');
    const r = connect.apply(this, args);
    if (r && typeof (r as Promise<unknown>).then === 'function')
      (r as Promise<unknown>).then(
        () => mark('app', 'pool connected'),
        () => {},
      );
    return r;
  } as typeof pg.Pool.prototype.connect;
  writeAtExit(timelineDir, () => ({ events }));
}
