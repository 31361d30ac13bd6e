/**
 * `npm run bench:saga` (`make bench`): how many checkouts a second the whole system carries, how fast one is, and
 * how that compares with what the machine's raw primitives allow — all measured in one run, on one machine.
 *
 * Every service runs as its own process (test Cluster: own database, own broker namespace), with durability on:
 * persistent messages to durable quorum queues with publisher confirms (lib/am always), synchronous commit (the
 * server's setting, printed). Steps:
 *
 *   1. idle RSS of every service after start-up;
 *   2. raw primitives (primitives.ts): broker hop rate, unit-of-work commit rate, trivial gRPC call rate;
 *   3. work per checkout, counted from the services' own /metrics over a batch of orders (cross-check of the
 *      count from the code: docs/performance.md);
 *   4. saturation: closed loops of kiosk customers (each: basket, item, payment, checkout, wait for the decision)
 *      at increasing concurrency; throughput = decisions per second in a steady window;
 *   5. latency: open-loop arrivals at 10 %, 50 %, 80 % of that throughput; checkout-to-approved p50/p99 (from the
 *      CheckoutBasket call to the OrderApproved event, watched on the broker: watch.ts);
 *   6. idle RSS again, after the load.
 *
 * Limit: L = 1 / (P/hops + C/commits + G/calls) with P, C, G the broker hops, unit-of-work commits and gRPC calls
 * of one checkout (PER_CHECKOUT, counted from the code); ratio = throughput / L (goal >= 0.5).
 * Prints one JSON line. Not a test: nothing asserts on time.
 *
 * Env: BENCH_SAT_SECONDS (20), BENCH_LAT_SECONDS (20), BENCH_CONCURRENCY ("16,48"), BENCH_LOG_LEVEL (info),
 * BENCH_POOL_MAX (5), BENCH_CPU_PROF (comma-separated services to run with --cpu-prof; profiles land in
 * .run/profiles/), DATABASE_URL, RABBITMQ_URL.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import amqp from 'amqplib';
import pg from 'pg';
import { rabbitmqUrl } from '@mallbots/am/testing';
import { ALL_SERVICES, Cluster, type ServiceName } from '../support/cluster.ts';
import { clusterTargets } from '../load/chaos-run.ts';
import { deleteClusterTopology } from '../load/cleanup.ts';
import { percentile } from '../load/classify.ts';
import { runLoad } from '../load/generator.ts';
import { placeOrder, planOrder, setupMall, type Mall, type Mix } from '../load/kiosk.ts';
import type { OrderRecord } from '../load/record.ts';
import { Rpc, sleep } from '../load/rpc.ts';
import { DecisionWatcher } from '../load/watch.ts';
import { diff, scrape, type WorkCounts } from './metrics.ts';
import { commitRate, grpcRate, hopRate } from './primitives.ts';

/**
 * The work of one approved checkout with one line, counted from the code (docs/performance.md has the walk):
 * hops = broker deliveries (a published event delivered to three consumer groups is three hops), commits = units
 * of work (each handled message and each state-changing gRPC call), calls = gRPC calls.
 */
export const PER_CHECKOUT = { publishes: 16, hops: 16, commits: 20, calls: 4 } as const;

const env = process.env;
const SAT_MS = Number(env['BENCH_SAT_SECONDS'] ?? 20) * 1000;
const LAT_MS = Number(env['BENCH_LAT_SECONDS'] ?? 20) * 1000;
const LEVELS = (env['BENCH_CONCURRENCY'] ?? '16,48').split(',').map(Number);
const NO_MIX: Mix = { disabled: 0, wrongAmount: 0, maxItems: 1 };
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const log = (l: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${l}\n`);
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

function rssMb(cluster: Cluster): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of ALL_SERVICES) {
    const pid = cluster.pid(s);
    if (!pid) continue;
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    if (kb) out[s] = round(Number(kb) / 1024, 1);
  }
  return out;
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
  opts: { concurrency: number; ms?: number; orders?: number; warmupMs?: number },
): Promise<{ throughput: number; decided: number; errors: number; ids: string[] }> {
  const t0 = Date.now();
  const from = t0 + (opts.warmupMs ?? 0);
  const until = opts.ms !== undefined ? from + opts.ms : Infinity;
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
  return { throughput: inWindow / (windowMs / 1000), decided: inWindow, errors, ids };
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
if (profiled.length) mkdirSync(profileDir, { recursive: true });

log('starting the cluster (9 services) ...');
const cluster = await Cluster.start({
  label: 'bench-saga',
  env: { LOG_LEVEL: env['BENCH_LOG_LEVEL'] ?? 'info', DATABASE_POOL_MAX: env['BENCH_POOL_MAX'] ?? '5' },
  serviceEnv: Object.fromEntries(profiled.map((s) => [s, { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${join(profileDir, s)}` }])),
});
const rpc = new Rpc(clusterTargets(cluster));
const watcher = await DecisionWatcher.start(rabbitmqUrl(), cluster.namespace);
try {
  const facts = await serverFacts(cluster.db.url);
  await sleep(10_000);
  const rssIdle = rssMb(cluster);
  log(`idle RSS (MB): ${JSON.stringify(rssIdle)}`);

  log('raw primitives ...');
  const hops = await hopRate(rabbitmqUrl(), 10_000);
  const commits = await commitRate(cluster.db.url, 4000);
  const calls = await grpcRate(20_000);
  const L = 1 / (PER_CHECKOUT.hops / hops + PER_CHECKOUT.commits / commits + PER_CHECKOUT.calls / calls);
  log(`hops ${round(hops)}/s, commits ${round(commits)}/s, gRPC calls ${round(calls)}/s -> L = ${round(L, 1)} checkouts/s`);

  const mall = await setupMall(rpc, { stores: 3, productsPerStore: 4, customers: 40, disabledCustomers: 0 });
  const http = ALL_SERVICES.map((s) => cluster.httpAddress(s));
  await closedLoop(rpc, mall, watcher, { concurrency: 4, orders: 40 }); // warm-up: caches, JIT, connections
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

  const saturation: { concurrency: number; throughput: number; errors: number }[] = [];
  for (const c of LEVELS) {
    const r = await closedLoop(rpc, mall, watcher, { concurrency: c, ms: SAT_MS, warmupMs: 3000 });
    await drain(watcher, r.ids);
    saturation.push({ concurrency: c, throughput: round(r.throughput, 1), errors: r.errors });
    log(`saturation at ${c} customers: ${round(r.throughput, 1)} checkouts/s (${r.errors} errors)`);
    await sleep(2000);
  }
  const throughput = Math.max(...saturation.map((s) => s.throughput));

  const latency: Record<string, Awaited<ReturnType<typeof latencyAt>>> = {};
  for (const f of [0.1, 0.5, 0.8]) {
    const r = await latencyAt(rpc, mall, watcher, throughput * f, Math.max(LAT_MS, (100 / (throughput * f)) * 1000));
    latency[`${f * 100}%`] = r;
    log(`latency at ${f * 100}% (${r.rate}/s): p50 ${r.p50} ms, p99 ${r.p99} ms over ${r.n} orders`);
    await sleep(2000);
  }

  await sleep(15_000);
  const rssAfter = rssMb(cluster);
  const cpu = os.cpus();
  process.stdout.write(
    `${JSON.stringify({
      bench: 'saga',
      throughput,
      L: round(L, 1),
      ratio: round(throughput / L, 2),
      latency_ms: latency,
      idle_rss_mb: rssIdle,
      rss_after_load_mb: rssAfter,
      primitives: { hop_rate: round(hops), commit_rate: round(commits), grpc_call_rate: round(calls) },
      per_checkout: { from_code: PER_CHECKOUT, measured },
      saturation,
      durability: { messages: 'persistent, quorum queues, publisher confirms', ...facts },
      log_level: env['BENCH_LOG_LEVEL'] ?? 'info',
      machine: `${cpu.length} x ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
      node: process.version,
    })}\n`,
  );
} finally {
  await watcher.close();
  rpc.close();
  await cluster.stop();
  await deleteClusterTopology(cluster.namespace).catch(() => undefined);
}
