/**
 * `npm run chaos -- [--rate 10] [--faults kill:cosec,broker,…] [--phase 15] …`
 *
 * Starts MallBots as a test Cluster (every service its own process, its own database, its own broker namespace;
 * nothing shared with `make up` or other tests), runs the load while the faults strike in turn (chaos-run.ts,
 * faults.ts), then runs the checker. Prints a table per fault and one JSON line per fault, then a summary line;
 * exits 1 if anything was lost or doubled, an outcome was unexpected, or a fault found a problem.
 * Needs RabbitMQ, PostgreSQL and local `rabbitmqctl` rights (root), like the integration tests.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ALL_SERVICES, Cluster } from '../support/cluster.ts';
import { formatChaos, runChaos } from './chaos-run.ts';
import { formatReport } from './checker.ts';
import { err, num, out, parseCli, progressPrinter } from './cli.ts';
import { DEFAULT_FAULTS, faultByName } from './faults.ts';
import { DEFAULT_MIX } from './kiosk.ts';

const USAGE = `usage: npm run chaos -- [options]
  --rate N           checkouts per second during the whole run (default 10)
  --faults LIST      comma-separated, in order (default ${DEFAULT_FAULTS.join(',')});
                     also kill:stores, kill:search, kill:notifications
  --baseline S       seconds of load before the first fault (default 5)
  --phase S          minimum seconds per fault phase (default 15)
  --lead S           seconds of load in a phase before its fault (default 3)
  --down S           seconds a killed service stays down (default 2)
  --pg-pause S       seconds the database refuses connections (default 3)
  --bound S          seconds after its checkout by which an order must be decided (default 60)
  --out FILE         record file (default .run/chaos/chaos-<time>.jsonl)
  --keep             leave the cluster's database in place (its logs are in .run/test-logs either way)
`;

const v = parseCli(
  {
    rate: { type: 'string' },
    faults: { type: 'string' },
    baseline: { type: 'string' },
    phase: { type: 'string' },
    lead: { type: 'string' },
    down: { type: 'string' },
    'pg-pause': { type: 'string' },
    bound: { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'boolean' },
  },
  USAGE,
);
const faultOpts = {
  downMs: num('down', v.down, undefined, 2) * 1000,
  pgPauseMs: num('pg-pause', v['pg-pause'], undefined, 3) * 1000,
};
let faults;
try {
  faults = (v.faults ? v.faults.split(',').map((f) => f.trim()) : DEFAULT_FAULTS).map((f) => faultByName(f, faultOpts));
} catch (e) {
  err((e as Error).message);
  process.exit(2);
}
const recordFile = resolve(v.out ?? `.run/chaos/chaos-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`);
mkdirSync(dirname(recordFile), { recursive: true });

const progress = progressPrinter();
const log = (l: string) => {
  progress.done();
  err(`${new Date().toISOString().slice(11, 19)} ${l}`);
};
log('starting the cluster (9 services) ...');
const cluster = await Cluster.start({ label: 'chaos', env: { DATABASE_POOL_MAX: '4' } });
log(`cluster up: database ${new URL(cluster.db.url).pathname.slice(1)}, namespace ${cluster.namespace}, logs ${cluster.logDir}`);
let pass: boolean;
try {
  const rep = await runChaos(cluster, {
    rate: num('rate', v.rate, undefined, 10, 0.1),
    faults,
    mix: DEFAULT_MIX,
    baselineMs: num('baseline', v.baseline, undefined, 5) * 1000,
    phaseMs: num('phase', v.phase, undefined, 15) * 1000,
    leadMs: num('lead', v.lead, undefined, 3) * 1000,
    recoveryTimeoutMs: 120_000,
    boundMs: num('bound', v.bound, undefined, 60, 1) * 1000,
    settleMs: 3000,
    recordFile,
    log,
    progress: (l) => progress.print(l),
  });
  progress.done();
  err(formatReport(rep.check));
  err('');
  err(formatChaos(rep));
  for (const f of rep.faults) out(JSON.stringify({ chaos_fault: f.fault, ...f }));
  out(JSON.stringify({ chaos: rep.pass ? 'pass' : 'fail', record: rep.record, ...rep.check.summary }));
  err(`record: ${rep.record} (re-check: npm run check -- --record ${rep.record} --targets … while a system runs)`);
  pass = rep.pass;
} finally {
  if (v.keep) {
    for (const s of ALL_SERVICES) await cluster.stopService(s);
    log(`kept database ${cluster.db.url}`);
  } else {
    await cluster.stop();
  }
}
process.exit(pass ? 0 : 1);
