/**
 * `npm run bench:saga` (`make bench`): how many checkouts a second the whole system carries, how fast one is, and
 * how that compares with what the machine's raw primitives allow — all measured in one run, on one machine.
 *
 * Every service runs as its own process (test Cluster: own database, own broker namespace), with durability on:
 * persistent messages to durable quorum queues with publisher confirms (lib/am always), synchronous commit (the
 * server's setting, printed). Steps:
 *
 *   1. idle RSS of every service after start-up;
 *   1b. warm-up: a minute at saturation, not measured, so that the services' JIT has compiled most of their code
 *      (at a few dozen messages a second that takes a minute or two; docs/performance.md, twelfth round);
 *   2. raw primitives (primitives.ts): broker hop rate, unit-of-work commit rate, trivial gRPC call rate;
 *   3. work per checkout, counted from the services' own /metrics over a batch of orders (cross-check of the
 *      count from the code: docs/performance.md);
 *   4. saturation: closed loops of kiosk customers (each: basket, item, payment, checkout, wait for the decision)
 *      at increasing concurrency; throughput = decisions per second in a steady window; then the primitives' rates
 *      again, because the host's speed drifts over minutes: L comes from the mean of the two measurements (both
 *      printed; `host_drift` when they differ by more than 20 %);
 *   5. latency: open-loop arrivals at 10 %, 50 %, 80 % of that throughput; checkout-to-approved p50/p99 (from the
 *      CheckoutBasket call to the OrderApproved event, watched on the broker: watch.ts);
 *   6. idle RSS again, after the load.
 *
 * Limit: L = 1 / (P/hops + C/commits + G/calls) with P, C, G the broker hops, unit-of-work commits and gRPC calls
 * of one checkout (PER_CHECKOUT, counted from the code); ratio = throughput / L (goal >= 0.5).
 * Prints one JSON line. Not a test: nothing asserts on time.
 *
 * Env: BENCH_WARMUP_SECONDS (60; 0 with BENCH_ONLY=low), BENCH_SAT_SECONDS (20), BENCH_LAT_SECONDS (20),
 * BENCH_CONCURRENCY ("16,48"), BENCH_LOG_LEVEL (info), BENCH_NICE (services to run at nice 10),
 * BENCH_POOL_MAX (5), BENCH_CPU_PROF (comma-separated services to run with --cpu-prof; profiles land in
 * .run/profiles/), DATABASE_URL, RABBITMQ_URL.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import amqp from 'amqplib';
import pg from 'pg';
import { rabbitmqUrl } from '@mallbots/am/testing';
import { DEFAULT_JIT_TURBOFAN_CALLS } from '@mallbots/config';
import { ALL_SERVICES, Cluster, type ServiceName } from '../support/cluster.ts';
import { clusterTargets } from '../load/chaos-run.ts';
import { percentile } from '../load/classify.ts';
import { runLoad } from '../load/generator.ts';
import { placeOrder, planOrder, setupMall, type Mall, type Mix } from '../load/kiosk.ts';
import type { OrderRecord } from '../load/record.ts';
import { Rpc, sleep } from '../load/rpc.ts';
import { DecisionWatcher } from '../load/watch.ts';
import { cpuPerUnit, sampleCpu, type CpuSample } from './cpu.ts';
import { diff, scrape, scrapeMemory, scrapeTimings, timings, type Timings, type WorkCounts } from './metrics.ts';
import { commitLatencyMs, commitRate, grpcRate, hopLatencyMs, hopRate } from './primitives.ts';
import { serviceNodeOptions } from '@mallbots/runtime/memory';

/**
 * The work of one approved checkout with one line, counted from the code (docs/performance.md has the walk):
 * hops = broker deliveries (a published event delivered to three consumer groups is three hops), commits = units
 * of work (each handled message and each state-changing gRPC call), calls = gRPC calls.
 */
export const PER_CHECKOUT = { publishes: 16, hops: 16, commits: 20, calls: 4 } as const;

/**
 * The sequential part of a checkout, from the CheckoutBasket call to the OrderApproved event: the call and its
 * commit, then BasketCheckedOut, OrderCreated, four command/reply pairs, ApproveOrder, its reply and OrderApproved
 * travel one after the other (12 hops); the call and every hop but the watcher's end in a commit (12).
 */
export const CRITICAL_PATH = { hops: 12, commits: 12, calls: 1 } as const;

/** A relative difference of L before and after saturation above which the JSON line carries `host_drift`. */
const DRIFT_WARN = 0.2;

interface Rates {
  hops: number;
  commits: number;
  calls: number;
}

/** The raw primitives' rates (many in flight), and one gRPC call's median latency. */
async function primitiveRates(databaseUrl: string): Promise<Rates & { callMs: number }> {
  const hops = await hopRate(rabbitmqUrl(), 10_000);
  const commits = await commitRate(databaseUrl, 4000);
  const { rate: calls, latencyMs: callMs } = await grpcRate(20_000);
  return { hops, commits, calls, callMs };
}

/** L: checkouts per second if the machine did nothing but one checkout's hops, commits and calls. */
const limit = (r: Rates): number =>
  1 / (PER_CHECKOUT.hops / r.hops + PER_CHECKOUT.commits / r.commits + PER_CHECKOUT.calls / r.calls);

const roundRates = (r: Rates) => ({ hop_rate: round(r.hops), commit_rate: round(r.commits), grpc_call_rate: round(r.calls) });

function logRates(when: string, r: Rates): void {
  log(
    `${when}hops ${round(r.hops)}/s, commits ${round(r.commits)}/s, gRPC calls ${round(r.calls)}/s -> L = ${round(limit(r), 1)} checkouts/s`,
  );
}
/** Idle time before each one-at-a-time primitive for the low-load floor (what a service sees at a few checkouts/s). */
const IDLE_GAP_MS = 20;

const env = process.env;
const SAT_MS = Number(env['BENCH_SAT_SECONDS'] ?? 20) * 1000;
const LAT_MS = Number(env['BENCH_LAT_SECONDS'] ?? 20) * 1000;
// none by default for BENCH_ONLY=low, whose diagnostics (BENCH_DIAG, BENCH_TIMELINE) record every statement of the run
const WARMUP_MS = Number(env['BENCH_WARMUP_SECONDS'] ?? (env['BENCH_ONLY'] === 'low' ? 0 : 60)) * 1000;
if (!Number.isFinite(WARMUP_MS) || WARMUP_MS < 0) throw new Error('BENCH_WARMUP_SECONDS: a number of seconds, 0 or more');
const LEVELS = (env['BENCH_CONCURRENCY'] ?? '16,48').split(',').map(Number);
const NO_MIX: Mix = { disabled: 0, wrongAmount: 0, maxItems: 1 };
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const log = (l: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${l}\n`);
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

/** VmRSS of every service (MB); with `field: 'RssAnon'` only its private memory (RSS less the shared node binary). */
function rssMb(cluster: Cluster, field: 'VmRSS' | 'RssAnon' = 'VmRSS'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of ALL_SERVICES) {
    const pid = cluster.pid(s);
    if (!pid) continue;
    const kb = new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    if (kb) out[s] = round(Number(kb) / 1024, 1);
  }
  return out;
}

/** The broker's server process (shared with everyone on this machine). */
function brokerPid(): number | undefined {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('rabbit\0boot')) return Number(d);
    } catch {
      // gone
    }
  }
  return undefined;
}

/** Processes to account CPU to: the services, this process (the kiosk), the broker, the test database's backends. */
function cpuSubjects(cluster: Cluster, pool: pg.Pool): () => Promise<Record<string, number | undefined>> {
  const broker = brokerPid();
  return async () => {
    const out: Record<string, number | undefined> = { kiosk: process.pid, 'rabbitmq (shared)': broker };
    for (const s of ALL_SERVICES) out[s] = cluster.pid(s);
    const r = await pool.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    for (const row of r.rows) out[`pg:${row.pid}`] = row.pid;
    return out;
  };
}

/** Folds the per-backend entries into one "postgres backends" figure. */
function foldPostgres(cpu: ReturnType<typeof cpuPerUnit>): ReturnType<typeof cpuPerUnit> {
  const by: Record<string, number> = {};
  const kernel: Record<string, number> = {};
  let pgMs = 0;
  for (const [k, v] of Object.entries(cpu.by_process_ms)) {
    if (k.startsWith('pg:')) pgMs += v;
    else by[k] = v;
  }
  for (const [k, v] of Object.entries(cpu.kernel_pct)) if (!k.startsWith('pg:')) kernel[k] = v;
  by['postgres backends'] = round(pgMs, 1);
  return { ...cpu, by_process_ms: by, kernel_pct: kernel };
}

/**
 * BENCH_PERF=<svc>,…: `perf record` those services (and the test database's PostgreSQL backends with
 * BENCH_PERF=…,postgres) during the saturation window; run with BENCH_NODE_OPTIONS=--perf-basic-prof so that
 * JavaScript frames have names. Output: .run/profiles/perf-<name>.data (`perf report -i …`).
 */
function perfRecord(pids: Record<string, number | undefined>, ms: number): void {
  for (const name of (env['BENCH_PERF'] ?? '').split(',').filter(Boolean)) {
    const list =
      name === 'postgres'
        ? Object.entries(pids)
            .filter(([k]) => k.startsWith('pg:'))
            .map(([, p]) => p)
        : [pids[name]];
    const ids = list.filter((p): p is number => p !== undefined);
    if (ids.length === 0) continue;
    mkdirSync(profileDir, { recursive: true });
    const out = join(profileDir, `perf-${name}.data`);
    const p = spawn(
      'perf',
      [
        'record',
        '-q',
        '-F',
        env['BENCH_PERF_FREQ'] ?? '499',
        '-g',
        '-o',
        out,
        '-p',
        ids.join(','),
        '--',
        'sleep',
        String(ms / 1000),
      ],
      { stdio: 'ignore' },
    );
    p.on('error', () => undefined);
  }
}

/** Waits until every order placed so far has a decision (or `timeoutMs`). */
async function drain(watcher: DecisionWatcher, ids: Iterable<string>, timeoutMs = 60_000): Promise<number> {
  const missing = await Promise.all([...ids].map(async (id) => ((await watcher.wait(id, timeoutMs)) ? 0 : 1)));
  return missing.reduce<number>((a, b) => a + b, 0);
}

/** `concurrency` customers, each checking out and waiting for the decision before the next, for `ms`. */
async function closedLoop(
  rpc: Rpc,
  mall: Mall,
  watcher: DecisionWatcher,
  opts: {
    concurrency: number;
    ms?: number;
    orders?: number;
    warmupMs?: number;
    pids?: () => Promise<Record<string, number | undefined>>;
  },
): Promise<{ throughput: number; decided: number; errors: number; ids: string[]; cpu?: ReturnType<typeof cpuPerUnit> }> {
  const t0 = Date.now();
  const from = t0 + (opts.warmupMs ?? 0);
  const until = opts.ms !== undefined ? from + opts.ms : Infinity;
  // CPU of every process over the measurement window
  let cpuFrom: CpuSample | undefined;
  let cpuUntil: CpuSample | undefined;
  const timers: NodeJS.Timeout[] = [];
  if (opts.pids && opts.ms !== undefined) {
    const pids = opts.pids;
    timers.push(
      setTimeout(
        () =>
          void pids().then((p) => {
            cpuFrom = sampleCpu(p);
            perfRecord(p, opts.ms!);
          }),
        from - t0,
      ),
    );
    timers.push(setTimeout(() => void pids().then((p) => (cpuUntil = sampleCpu(p))), until - t0));
  }
  let started = 0;
  let errors = 0;
  let inWindow = 0;
  const ids: string[] = [];
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (Date.now() < until && (opts.orders === undefined || started < opts.orders)) {
        started += 1;
        const p = await placeOrder(rpc, planOrder(mall, NO_MIX));
        if (!p.placed) {
          errors += 1;
          continue;
        }
        ids.push(p.record.order_id);
        const d = await watcher.wait(p.record.order_id, 60_000);
        if (!d) errors += 1;
        else if (d.at >= from && d.at <= until) inWindow += 1;
      }
    }),
  );
  const windowMs = (opts.ms ?? Date.now() - from) || 1;
  for (const t of timers) clearTimeout(t);
  return {
    throughput: inWindow / (windowMs / 1000),
    decided: inWindow,
    errors,
    ids,
    ...(cpuFrom && cpuUntil && inWindow > 0 ? { cpu: cpuPerUnit(cpuFrom, cpuUntil, inWindow) } : {}),
  };
}

/** RSS (logged, and returned) and memory by kind once the load has idled 15 s. */
async function memoryAfterLoad(cluster: Cluster): Promise<Record<string, number>> {
  await sleep(15_000);
  const rss = rssMb(cluster);
  log(`RSS 15 s after the load (MB): ${JSON.stringify(rss)}; private: ${JSON.stringify(rssMb(cluster, 'RssAnon'))}`);
  await logMemory(cluster, 'after load');
  return rss;
}

/** Logs each service's V8 heap by space and its external memory (MB), from its /metrics. */
async function logMemory(cluster: Cluster, when: string): Promise<void> {
  const memory = await scrapeMemory(ALL_SERVICES.map((s) => cluster.httpAddress(s)));
  const out = Object.fromEntries(ALL_SERVICES.map((s, i) => [s, memory[i]]));
  log(`memory ${when} (MB, V8 committed by space and external): ${JSON.stringify(out)}`);
}

/** Open-loop arrivals at `rate` for `ms`; checkout-to-approved latencies. */
async function latencyAt(rpc: Rpc, mall: Mall, watcher: DecisionWatcher, rate: number, ms: number) {
  const records: OrderRecord[] = [];
  const stats = await runLoad(rpc, mall, { rate, durationMs: ms, mix: NO_MIX, onRecord: (r) => records.push(r) });
  const lat: number[] = [];
  let undecided = 0;
  let rejected = 0;
  await Promise.all(
    records.map(async (r) => {
      const d = await watcher.wait(r.order_id, 60_000);
      if (!d) undecided += 1;
      else if (d.outcome === 'rejected') rejected += 1;
      else lat.push(d.at - r.started_at);
    }),
  );
  lat.sort((a, b) => a - b);
  return {
    rate: round(rate, 1),
    n: lat.length,
    p50: round(percentile(lat, 50)),
    p99: round(percentile(lat, 99)),
    undecided,
    rejected,
    aborted: stats.aborted,
    skipped: stats.skipped,
  };
}

async function serverFacts(databaseUrl: string): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const q = async (s: string) => (await c.query<{ v: string }>(`select current_setting('${s}') as v`)).rows[0]!.v;
    const conn = await amqp.connect(rabbitmqUrl());
    const rabbit = String(
      (conn.connection as unknown as { serverProperties?: { version?: string } }).serverProperties?.version ?? '?',
    );
    await conn.close();
    return {
      postgres: await q('server_version'),
      synchronous_commit: await q('synchronous_commit'),
      fsync: await q('fsync'),
      rabbitmq: rabbit,
    };
  } finally {
    await c.end();
  }
}

const profiled = (env['BENCH_CPU_PROF'] ?? '').split(',').filter(Boolean) as ServiceName[];
const profileDir = join(ROOT, '.run', 'profiles');
const diagDir = env['BENCH_DIAG'] === '1' ? join(ROOT, '.run', 'bench', `diag-${Date.now()}`) : undefined;
if (diagDir) mkdirSync(diagDir, { recursive: true });
const timelineDir = env['BENCH_TIMELINE'] === '1' ? join(ROOT, '.run', 'bench', `timeline-${Date.now()}`) : undefined;
if (timelineDir) mkdirSync(timelineDir, { recursive: true });
const preload = diagDir !== undefined || timelineDir !== undefined || env['BENCH_AMQP_NODELAY'] === '1';
/** Experiments: extra variables for every service, e.g. BENCH_SERVICE_ENV="MALLOC_ARENA_MAX=2 FOO=bar". */
const extraEnv = Object.fromEntries(
  (env['BENCH_SERVICE_ENV'] ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
);
const serviceEnv: Partial<Record<ServiceName, Record<string, string>>> = {};
for (const s of ALL_SERVICES) {
  const opts = [
    ...(env['BENCH_NODE_OPTIONS'] ? [env['BENCH_NODE_OPTIONS']] : []),
    ...(preload ? [`--import=${join(ROOT, 'test', 'bench', 'diag-preload.ts')}`] : []),
    ...(profiled.includes(s) ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, s)}`] : []),
  ];
  serviceEnv[s] = {
    ...extraEnv,
    NODE_OPTIONS: serviceNodeOptions(opts.join(' ')),
    ...(diagDir ? { BENCH_DIAG_DIR: diagDir } : {}),
    ...(timelineDir ? { BENCH_TIMELINE_DIR: timelineDir } : {}),
    ...(env['BENCH_AMQP_NODELAY'] === '1' ? { BENCH_AMQP_NODELAY: '1' } : {}),
  };
}

const loadBefore = os.loadavg()[0]!;
log('starting the cluster (9 services) ...');
const cluster = await Cluster.start({
  label: 'bench-saga',
  env: { LOG_LEVEL: env['BENCH_LOG_LEVEL'] ?? 'info', DATABASE_POOL_MAX: env['BENCH_POOL_MAX'] ?? '5' },
  serviceEnv,
});
const rpc = new Rpc(clusterTargets(cluster));
const watcher = await DecisionWatcher.start(rabbitmqUrl(), cluster.namespace, { durableQueue: 'bench-watcher' });
try {
  bench: {
    // what-if: a lower CPU priority for some services (e.g. BENCH_NICE=notifications,search: the consumers off the
    // saga's path, which OrderCreated and OrderApproved wake together with the ones on it)
    for (const s of (env['BENCH_NICE'] ?? '').split(',').filter(Boolean)) {
      const pid = cluster.pid(s as (typeof ALL_SERVICES)[number]);
      if (pid === undefined) throw new Error(`BENCH_NICE: no running service ${s}`);
      os.setPriority(pid, 10);
    }
    const facts = await serverFacts(cluster.db.url);
    await sleep(10_000);
    const rssIdle = rssMb(cluster);
    const anonIdle = rssMb(cluster, 'RssAnon');
    log(`idle RSS (MB): ${JSON.stringify(rssIdle)}; of which private (RssAnon): ${JSON.stringify(anonIdle)}`);
    await logMemory(cluster, 'idle');
    if (env['BENCH_ONLY'] === 'rss') {
      process.stdout.write(
        `${JSON.stringify({ bench: 'saga-rss', idle_rss_mb: rssIdle, idle_private_mb: anonIdle, node_options: env['BENCH_NODE_OPTIONS'] ?? '', service_env: extraEnv })}\n`,
      );
      break bench;
    }

    const mall = await setupMall(rpc, { stores: 3, productsPerStore: 4, customers: 40, disabledCustomers: 0 });
    const http = ALL_SERVICES.map((s) => cluster.httpAddress(s));
    await closedLoop(rpc, mall, watcher, { concurrency: 4, orders: 40 }); // caches, connections
    // The services' JIT: at a few dozen messages per second most of a service's code is compiled (Maglev, then
    // TurboFan) during its first minute or two of load, which costs CPU and runs code in slower tiers meanwhile; a
    // long-running service is past that. Saturation for WARMUP_MS first, so that what follows measures the services
    // as they run, not as they start (docs/performance.md, twelfth round).
    if (WARMUP_MS > 0) {
      const concurrency = Math.max(...LEVELS);
      const w = await closedLoop(rpc, mall, watcher, { concurrency, ms: WARMUP_MS });
      await drain(watcher, w.ids);
      log(`warm-up: ${w.ids.length} checkouts in ${WARMUP_MS / 1000} s at ${concurrency} customers (not measured)`);
      await sleep(2000);
    }

    log('raw primitives ...');
    const ratesBefore = await primitiveRates(cluster.db.url);
    const callMs = ratesBefore.callMs;
    const hopMs = await hopLatencyMs(rabbitmqUrl());
    const commitMs = await commitLatencyMs(cluster.db.url);
    // the critical path of one checkout to approval: CRITICAL_PATH hops and commits, one call (CheckoutBasket)
    const floorMs = CRITICAL_PATH.hops * hopMs + CRITICAL_PATH.commits * commitMs + CRITICAL_PATH.calls * callMs;
    // The same with IDLE_GAP_MS of idleness before each: at low load every process on the path has been idle since
    // the previous checkout passed, and waking the broker, a backend and a service costs more than running hot.
    const hopIdleMs = await hopLatencyMs(rabbitmqUrl(), 100, IDLE_GAP_MS);
    const commitIdleMs = await commitLatencyMs(cluster.db.url, 100, IDLE_GAP_MS);
    const floorIdleMs = CRITICAL_PATH.hops * hopIdleMs + CRITICAL_PATH.commits * commitIdleMs + CRITICAL_PATH.calls * callMs;
    logRates('', ratesBefore);
    log(`one at a time: hop ${hopMs} ms, commit ${commitMs} ms, call ${callMs} ms -> latency floor ${round(floorMs, 1)} ms`);
    log(
      `one at a time after ${IDLE_GAP_MS} ms idle: hop ${hopIdleMs} ms, commit ${commitIdleMs} ms -> latency floor ${round(floorIdleMs, 1)} ms`,
    );

    if (env['BENCH_ONLY'] === 'low') {
      // diagnosis at low load only (with BENCH_DIAG=1: statements and their times without contention)
      const t0 = await scrapeTimings(http);
      const r = await latencyAt(rpc, mall, watcher, Number(env['BENCH_RATE'] ?? 2), LAT_MS);
      const perHop = timings(t0, await scrapeTimings(http));
      log(`low load: ${JSON.stringify({ ...r, per_hop: perHop })}`);
      if (env['BENCH_MEM'] === '1') await memoryAfterLoad(cluster);
      break bench;
    }
    await sleep(2000);
    const before = await scrape(http);
    const batch = await closedLoop(rpc, mall, watcher, { concurrency: 8, orders: 200 });
    await drain(watcher, batch.ids);
    await sleep(3000); // search and notifications finish their part
    const work: WorkCounts = diff(before, await scrape(http));
    const per = (x: number) => round(x / batch.ids.length, 2);
    const measured = {
      publishes: per(work.publishes),
      hops: per(work.deliveries),
      commits: per(work.deliveries + work.grpcCommands),
      calls: per(work.grpcCalls),
      failed_deliveries: work.failedDeliveries,
    };
    log(`per checkout, measured: ${JSON.stringify(measured)}; from the code: ${JSON.stringify(PER_CHECKOUT)}`);

    const saturation: {
      concurrency: number;
      throughput: number;
      errors: number;
      cpu_ms_per_checkout?: ReturnType<typeof cpuPerUnit>;
    }[] = [];
    const pool = new pg.Pool({ connectionString: cluster.db.url, max: 1 });
    for (const c of LEVELS) {
      const t0 = await scrapeTimings(http);
      const r = await closedLoop(rpc, mall, watcher, {
        concurrency: c,
        ms: SAT_MS,
        warmupMs: 3000,
        pids: cpuSubjects(cluster, pool),
      });
      await drain(watcher, r.ids);
      saturation.push({
        concurrency: c,
        throughput: round(r.throughput, 1),
        errors: r.errors,
        ...(r.cpu ? { cpu_ms_per_checkout: foldPostgres(r.cpu) } : {}),
      });
      if (r.cpu) log(`CPU ms per checkout: ${JSON.stringify(foldPostgres(r.cpu))}`);
      // delivery -> ack includes waiting for a connection and for the CPU: with Little's law it tells how many
      // deliveries are in flight at saturation (what batching across units of work could group)
      log(`timings at ${c} customers (mean, ms): ${JSON.stringify(timings(t0, await scrapeTimings(http)))}`);
      log(`saturation at ${c} customers: ${round(r.throughput, 1)} checkouts/s (${r.errors} errors)`);
      await sleep(2000);
    }
    await pool.end();
    const throughput = Math.max(...saturation.map((s) => s.throughput));
    if (env['BENCH_ONLY'] === 'sat') {
      log(`saturation only: ${JSON.stringify(saturation)}`);
      if (env['BENCH_MEM'] === '1') await memoryAfterLoad(cluster);
      break bench;
    }

    // The host's speed drifts over minutes (other workloads): the rates again right after saturation, and L from
    // the mean of the two, so that the ratio compares throughput with the machine's limit at about the same time.
    log('raw primitives again, after saturation ...');
    const ratesAfter = await primitiveRates(cluster.db.url);
    logRates('after saturation: ', ratesAfter);
    const mean = (k: 'hops' | 'commits' | 'calls') => (ratesBefore[k] + ratesAfter[k]) / 2;
    const [hops, commits, calls] = [mean('hops'), mean('commits'), mean('calls')];
    const L = limit({ hops, commits, calls });
    const [lBefore, lAfter] = [limit(ratesBefore), limit(ratesAfter)];
    const drift = Math.abs(lAfter - lBefore) / L;
    log(`L = ${round(L, 1)} checkouts/s from the mean rates (${round(lBefore, 1)} before saturation, ${round(lAfter, 1)} after)`);

    const latency: Record<string, Awaited<ReturnType<typeof latencyAt>> & { per_hop?: Timings }> = {};
    for (const f of [0.1, 0.5, 0.8]) {
      const t0 = await scrapeTimings(http);
      const r = await latencyAt(rpc, mall, watcher, throughput * f, Math.max(LAT_MS, (100 / (throughput * f)) * 1000));
      const perHop = timings(t0, await scrapeTimings(http));
      latency[`${f * 100}%`] = { ...r, per_hop: perHop };
      log(
        `latency at ${f * 100}% (${r.rate}/s): p50 ${r.p50} ms, p99 ${r.p99} ms over ${r.n} orders; ` +
          `mean handler ${perHop.handlerMs} ms, outbox tx start -> publish confirmed ${perHop.outboxLagMs} ms, gRPC ${perHop.grpcMs} ms`,
      );
      await sleep(2000);
    }

    const rssAfter = await memoryAfterLoad(cluster);
    const cpu = os.cpus();
    process.stdout.write(
      `${JSON.stringify({
        bench: 'saga',
        throughput,
        L: round(L, 1),
        // three decimals: rounded to two, 0.4986 would print as 0.5, which reads as the goal met
        ratio: round(throughput / L, 3),
        L_before_after: [round(lBefore, 1), round(lAfter, 1)],
        ...(drift > DRIFT_WARN
          ? {
              host_drift: `L moved from ${round(lBefore, 1)} to ${round(lAfter, 1)}/s across the saturation runs: the host's speed changed, so the ratio is uncertain`,
            }
          : {}),
        latency_ms: latency,
        idle_rss_mb: rssIdle,
        rss_after_load_mb: rssAfter,
        primitives: {
          hop_rate: round(hops),
          commit_rate: round(commits),
          grpc_call_rate: round(calls),
          before: roundRates(ratesBefore),
          after: roundRates(ratesAfter),
          hop_ms: hopMs,
          commit_ms: commitMs,
          grpc_call_ms: callMs,
          latency_floor_ms: round(floorMs, 1),
          after_idle: {
            gap_ms: IDLE_GAP_MS,
            hop_ms: hopIdleMs,
            commit_ms: commitIdleMs,
            latency_floor_ms: round(floorIdleMs, 1),
          },
        },
        per_checkout: { from_code: PER_CHECKOUT, measured },
        saturation,
        durability: { messages: 'persistent, quorum queues, publisher confirms', ...facts },
        log_level: env['BENCH_LOG_LEVEL'] ?? 'info',
        warmup_s: WARMUP_MS / 1000,
        ...(watcher.reconnects
          ? { warning: `the broker connection dropped ${watcher.reconnects} time(s) during the run (a broker restart?)` }
          : {}),
        machine: `${cpu.length} x ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
        node: process.version,
        // V8's TurboFan count in the services (lib/runtime/src/jit.ts; 0: V8's own)
        jit_turbofan_calls: Number(extraEnv['JIT_TURBOFAN_CALLS'] ?? DEFAULT_JIT_TURBOFAN_CALLS),
        // other work on the machine skews every figure: the 1-minute load average before the cluster started
        loadavg_before: round(loadBefore, 2),
      })}\n`,
    );
  }
} finally {
  await watcher.close();
  rpc.close();
  await cluster.stop();
}

if (diagDir) {
  // per decided order, by service: SQL statements (by their first words) and socket writes by peer
  const orders = watcher.approved + watcher.rejected;
  for (const f of readdirSync(diagDir)) {
    const d = JSON.parse(readFileSync(join(diagDir, f), 'utf8')) as {
      service: string;
      statements: Record<string, number>;
      statement_ms: Record<string, number>;
      writes: Record<string, { writes: number; bytes: number }>;
    };
    const ms = Object.values(d.statement_ms).reduce((a, b) => a + b, 0);
    const top = Object.entries(d.statements)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, n]) => `${round(n / orders, 2)} ${k}`);
    const total = Object.values(d.statements).reduce((a, b) => a + b, 0);
    const writes = Object.entries(d.writes).map(
      ([k, w]) => `${k} ${round(w.writes / orders, 1)} writes/${round(w.bytes / orders)} B`,
    );
    log(
      `diag ${d.service}: ${round(total / orders, 1)} SQL statements per order, ${round(ms / orders, 2)} ms waiting for them ` +
        `(${round(ms / total, 3)} ms each) [${top.join('; ')}]; ${writes.join(', ')}`,
    );
  }
}
