/**
 * Merges the timelines of a `BENCH_TIMELINE=1 BENCH_ONLY=low BENCH_RATE=1 npm run bench:saga` run (one file per
 * service process, see diag-preload.ts) and prints one checkout as a sequence of events across the services, with
 * the time since the previous event. Checkouts are told apart by quiet gaps (> 150 ms with no event); background
 * work (outbox sweeps and deletes, saga expiry scans, health checks, bare reads) is left out.
 *
 *   npm exec -- node test/bench/timeline.ts .run/bench/timeline-<stamp> [which=median|<index>]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: timeline.ts <dir> [median|<index>]');
type Event = { t: number; service: string; peer: string; what: string };
const all: Event[] = [];
for (const f of readdirSync(dir)) {
  const d = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { service: string; events: [number, string, string][] };
  for (const [t, peer, what] of d.events) all.push({ t, service: d.service, peer, what });
}
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
console.log(`${checkouts.length} checkouts; span first→last event: p50 ${spans[spans.length >> 1]?.toFixed(1)} ms`);
const which = process.argv[3] ?? 'median';
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
