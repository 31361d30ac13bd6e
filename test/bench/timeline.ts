/**
 * Merges the timelines of a `BENCH_TIMELINE=1 BENCH_ONLY=low BENCH_RATE=1 npm run bench:saga` run (one file per
 * service process, see diag-preload.ts) and prints one checkout as a sequence of events across the services, with
 * the time since the previous event. Checkouts are told apart by quiet gaps (> 150 ms with no event); background
 * work (outbox sweeps and deletes, saga expiry scans, health checks, bare reads) is left out.
 *
 *   npm exec -- node test/bench/timeline.ts .run/bench/timeline-<stamp> [which=median|<index>|breakdown]
 *
 * `breakdown` splits the critical path of every checkout that took the approved path's route (CheckoutBasket in
 * baskets, then the 11 deliveries of PATH, then the OrderApproved delivery) hop by hop into the services' code (from
 * a delivery to the first statement, between statements, from the commit to the publish), PostgreSQL (statement
 * round trips) and the broker (from a publish to the next service's delivery), and prints the medians. The timeline
 * records no message names: the benchmark's low load places only orders that are approved.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { percentile } from '../load/classify.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: timeline.ts <dir> [median|<index>]');
type Event = { t: number; service: string; peer: string; what: string };
const all: Event[] = [];
for (const f of readdirSync(dir)) {
  const d = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { service: string; events: [number, string, string][] };
  for (const [t, peer, what] of d.events) all.push({ t, service: d.service, peer, what });
}
/** The services an approved checkout's messages reach in turn after baskets (ARCHITECTURE.md §6). */
const PATH = ['ordering', 'cosec', 'customers', 'cosec', 'depot', 'cosec', 'payments', 'cosec', 'depot', 'cosec', 'ordering'];
/** Background work that is not part of a checkout: outbox sweeps and deletes, saga expiry scans, health checks. */
const NOISE = [
  /^(query|result) select 1$/,
  /^(query|result) select 1 as one from outbox/,
  /^(query|result) (begin; )?select \* from outbox/,
  /^(query|result) select set_config\('synchronous_commit'/,
  /^(query|result) begin; select id from sagas where status/,
  /^(query|result) (begin|commit)$/,
  /^read$/,
  /^read :/,
  /^(write|read) heartbeat$/,
];
all.sort((a, b) => a.t - b.t);
// marks inside the processes (amqplib dispatch, unit of work, pool connect) also come from background work: they
// do not form or extend a checkout, but are shown inside the checkout's time window
const quiet = (e: Event) => e.peer === 'app' || NOISE.some((re) => re.test(e.what));
const clusters: Event[][] = [];
let current: Event[] = [];
for (const e of all) {
  if (quiet(e)) continue;
  if (current.length > 0 && e.t - current.at(-1)!.t > 150) {
    clusters.push(current);
    current = [];
  }
  current.push(e);
}
if (current.length > 0) clusters.push(current);
// a checkout starts with the CheckoutBasket call reaching baskets and has many deliveries
const checkouts = clusters.filter((c) => c.filter((e) => e.what === 'read deliver').length >= 12);
const spans = checkouts.map((c) => c.at(-1)!.t - c[0]!.t).sort((a, b) => a - b);
console.log(`${checkouts.length} checkouts; span first→last event: p50 ${percentile(spans, 50).toFixed(1)} ms`);
const which = process.argv[3] ?? 'median';
if (which === 'breakdown') {
  breakdown();
  process.exit(0);
}
const byDuration = [...checkouts].sort((a, b) => a.at(-1)!.t - a[0]!.t - (b.at(-1)!.t - b[0]!.t));
const pick = which === 'median' ? byDuration[byDuration.length >> 1] : checkouts[Number(which)];
if (!pick) throw new Error('no such checkout');
const t0 = pick[0]!.t;
const t1 = pick.at(-1)!.t;
const shown = all.filter((e) => e.t >= t0 && e.t <= t1 && (pick.includes(e) || e.peer === 'app'));
let prev = t0;
for (const e of shown) {
  console.log(
    `${(e.t - t0).toFixed(2).padStart(8)} +${(e.t - prev).toFixed(2).padStart(6)}  ${e.service.padEnd(13)} ${e.peer.padEnd(4)} ${e.what}`,
  );
  prev = e.t;
}

type Hop = { service: string; code: number; pg: number; broker: number };

/** From `from` on, `service`'s statement round trips until its first publish: their total time and the publish's. */
function untilPublish(events: readonly Event[], service: string, from: number): { pg: number; publish: number } {
  let pg = 0;
  let query: number | undefined;
  for (const e of events) {
    if (e.t < from || e.service !== service) continue;
    if (e.peer === 'pg' && e.what.startsWith('query')) query = e.t;
    else if (e.peer === 'pg' && e.what.startsWith('result') && query !== undefined) {
      pg += e.t - query;
      query = undefined;
    } else if (e.peer === 'amqp' && e.what === 'write publish') return { pg, publish: e.t };
  }
  throw new Error(`${service} did not publish`);
}

/** One checkout's hops, or undefined when its messages did not reach PATH's services in turn. */
function hops(checkout: Event[]): Hop[] | undefined {
  const events = all.filter((e) => e.t >= checkout[0]!.t && e.t <= checkout.at(-1)!.t);
  const firstOrdering = events.findIndex((e) => e.service === 'ordering' && e.what === 'read deliver');
  const start = events.slice(0, Math.max(firstOrdering, 0)).findLast((e) => e.service === 'baskets' && e.what === 'pool connect');
  if (!start) return undefined;
  try {
    let { pg, publish } = untilPublish(events, 'baskets', start.t);
    const out: Hop[] = [{ service: 'baskets', code: publish - start.t - pg, pg, broker: 0 }];
    for (const service of [...PATH, '']) {
      // the next delivery: to the path's next service, or (after ordering's last publish) to anybody
      const next = events.find((e) => e.t > publish && e.what === 'read deliver' && (service === '' || e.service === service));
      if (!next) return undefined;
      out.at(-1)!.broker = next.t - publish;
      if (service === '') break;
      const hop = untilPublish(events, service, next.t);
      out.push({ service, code: hop.publish - next.t - hop.pg, pg: hop.pg, broker: 0 });
      ({ pg, publish } = hop);
    }
    return out;
  } catch {
    return undefined;
  }
}

function breakdown(): void {
  const median = (xs: number[]) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      50,
    ); // as the benchmark's p50
  const paths = checkouts.map(hops).filter((h): h is Hop[] => h !== undefined);
  if (paths.length === 0) throw new Error('no checkout took the approved path');
  const total = (h: Hop[], k: 'code' | 'pg' | 'broker') => h.reduce((s, x) => s + x[k], 0);
  const f = (x: number) => x.toFixed(2).padStart(6);
  console.log(`${paths.length} approved checkouts; medians per hop (ms):`);
  console.log(`${'hop'.padEnd(10)} ${'code'.padStart(6)} ${'pg'.padStart(6)} ${'broker'.padStart(6)}`);
  paths[0]!.forEach((h, i) => {
    const at = (k: 'code' | 'pg' | 'broker') => median(paths.map((p) => p[i]![k]));
    console.log(`${h.service.padEnd(10)} ${f(at('code'))} ${f(at('pg'))} ${f(at('broker'))}`);
  });
  const sums = (k: 'code' | 'pg' | 'broker') => median(paths.map((p) => total(p, k)));
  const whole = median(paths.map((p) => total(p, 'code') + total(p, 'pg') + total(p, 'broker')));
  console.log(
    `${'path'.padEnd(10)} ${f(sums('code'))} ${f(sums('pg'))} ${f(sums('broker'))}   (medians of each checkout's sums; whole path ${whole.toFixed(1)} ms)`,
  );
}
