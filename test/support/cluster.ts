/**
 * Runs MallBots the way `make up` does — every service its own process — for end-to-end, trace and chaos tests,
 * isolated from anything else on the machine: a fresh database, a fresh broker namespace, free loopback ports.
 * Services can be killed (SIGKILL) and restarted individually.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@mallbots/db/testing';
import { deleteNamespace, uniqueNamespace, rabbitmqUrl } from '@mallbots/am/testing';
import { ReflectionClient } from '@mallbots/rpc/testing';
import { SERVICE_PROCESS_ENV } from '@mallbots/runtime/memory';
import { SERVICE_NAMES, type PeerName } from '@mallbots/runtime/peers';

export const ALL_SERVICES = SERVICE_NAMES;
export type ServiceName = PeerName;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const handedOut = new Set<number>();

/**
 * A free loopback port below Linux's ephemeral range (32768-60999): a port the OS hands out for `listen(0)` can be
 * taken again by any outgoing connection before the service binds it, which made start-ups fail at random. A port
 * is handed out once per process: the services of a cluster bind theirs only later, so a probe alone would let two
 * of them draw the same one (18 draws from 12,000 ports collide in ~1 % of start-ups).
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    const free = await new Promise<boolean>((resolve) => {
      const srv = net.createServer();
      srv.unref();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

interface Proc {
  name: ServiceName;
  grpcPort: number;
  httpPort: number;
  child: ChildProcess | undefined;
}

export interface ClusterOptions {
  label: string;
  services?: readonly ServiceName[];
  /** Extra environment for every service (e.g. SAGA_STEP_TIMEOUT_MS, OTEL_*). */
  env?: Record<string, string>;
  /** Extra environment per service. */
  serviceEnv?: Partial<Record<ServiceName, Record<string, string>>>;
}

export class Cluster {
  readonly db: TestDatabase;
  readonly namespace: string;
  readonly logDir: string;
  readonly #procs = new Map<ServiceName, Proc>();
  readonly #opts: ClusterOptions;
  readonly #clients = new Map<ServiceName, ReflectionClient>();

  private constructor(db: TestDatabase, opts: ClusterOptions) {
    this.db = db;
    this.namespace = uniqueNamespace(`e2e-${opts.label}`);
    this.#opts = opts;
    this.logDir = join(ROOT, '.run', 'test-logs', `${opts.label}-${this.namespace.split('.')[1]}`);
    mkdirSync(this.logDir, { recursive: true });
  }

  static async start(opts: ClusterOptions): Promise<Cluster> {
    const db = await createTestDatabase(opts.label);
    const c = new Cluster(db, opts);
    for (const name of opts.services ?? ALL_SERVICES)
      c.#procs.set(name, { name, grpcPort: await freePort(), httpPort: await freePort(), child: undefined });
    try {
      await Promise.all([...c.#procs.keys()].map((n) => c.startService(n)));
    } catch (err) {
      await c.stop(); // leave no process behind when start-up fails
      throw err;
    }
    return c;
  }

  #env(name: ServiceName): Record<string, string> {
    const peers: Record<string, string> = {};
    for (const p of this.#procs.values()) peers[`${p.name.toUpperCase()}_GRPC_ADDR`] = `127.0.0.1:${p.grpcPort}`;
    const me = this.#procs.get(name)!;
    return {
      PATH: process.env['PATH'] ?? '',
      DATABASE_URL: this.db.url,
      RABBITMQ_URL: rabbitmqUrl(),
      AMQP_NAMESPACE: this.namespace,
      GRPC_HOST: '127.0.0.1',
      HTTP_HOST: '127.0.0.1',
      GRPC_PORT: String(me.grpcPort),
      HTTP_PORT: String(me.httpPort),
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'info',
      SHUTDOWN_TIMEOUT_MS: '3000',
      ...SERVICE_PROCESS_ENV, // as deployed (docker/Dockerfile): what tests and benchmarks measure
      ...peers,
      ...this.#opts.env,
      ...this.#opts.serviceEnv?.[name],
    };
  }

  /** Starts (or restarts) one service process and waits until its /readyz answers 200. */
  async startService(name: ServiceName, timeoutMs = 60_000): Promise<void> {
    const p = this.#procs.get(name);
    if (!p) throw new Error(`${name} is not part of this cluster`);
    const log = createWriteStream(join(this.logDir, `${name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, [join(ROOT, 'services', name, 'src', 'main.ts')], {
      env: this.#env(name),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    p.child = child;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`${name} exited during start-up (see ${this.logDir}/${name}.log)`);
      try {
        const r = await fetch(`http://127.0.0.1:${p.httpPort}/readyz`, { signal: AbortSignal.timeout(1000) });
        if (r.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${name} not ready after ${timeoutMs} ms (see ${this.logDir}/${name}.log)`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** SIGKILL: no graceful shutdown, in-flight work is lost from memory (not from the database or the broker). */
  async kill(name: ServiceName): Promise<void> {
    const p = this.#procs.get(name);
    if (!p?.child || p.child.exitCode !== null || p.child.signalCode !== null) return;
    const exited = new Promise((r) => p.child!.once('exit', r));
    p.child.kill('SIGKILL');
    await exited;
    this.#clients.get(name)?.close();
    this.#clients.delete(name);
  }

  /** SIGTERM and wait for the graceful shutdown. */
  async stopService(name: ServiceName): Promise<void> {
    const p = this.#procs.get(name);
    if (!p?.child || p.child.exitCode !== null || p.child.signalCode !== null) return;
    const exited = new Promise((r) => p.child!.once('exit', r));
    p.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
    clearTimeout(timer);
    if (p.child.exitCode === null && p.child.signalCode === null) await this.kill(name);
    this.#clients.get(name)?.close();
    this.#clients.delete(name);
  }

  /** The process id of a running service (undefined while it is stopped or killed): for /proc and broker connection names. */
  pid(name: ServiceName): number | undefined {
    const c = this.#procs.get(name)?.child;
    return c && c.exitCode === null && c.signalCode === null ? c.pid : undefined;
  }

  grpcAddress(name: ServiceName): string {
    return `127.0.0.1:${this.#procs.get(name)!.grpcPort}`;
  }

  httpAddress(name: ServiceName): string {
    return `http://127.0.0.1:${this.#procs.get(name)!.httpPort}`;
  }

  /** A grpcurl-like client (reflection only) for a service. */
  client(name: ServiceName): ReflectionClient {
    let c = this.#clients.get(name);
    if (!c) {
      c = new ReflectionClient(this.grpcAddress(name));
      this.#clients.set(name, c);
    }
    return c;
  }

  async stop(): Promise<void> {
    for (const c of this.#clients.values()) c.close();
    this.#clients.clear();
    await Promise.all([...this.#procs.keys()].map((n) => this.stopService(n)));
    await this.db.drop().catch(() => undefined);
    await deleteNamespace(rabbitmqUrl(), this.namespace).catch(() => undefined);
  }
}

/** Polls until `fn` returns a value (not undefined) or the time is up. */
export async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 20_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
