/**
 * `npm run check -- --record .run/load/orders-….jsonl [--targets …] [--bound 60] [--database-url postgres://…]`
 *
 * Classifies every order of a load record as approved, rejected, lost or doubled (see classify.ts) by asking the
 * services' gRPC APIs and the services' tables, read-only. Prints the table, the failing orders, and one JSON
 * summary line; exits 1 unless nothing was lost, nothing doubled and every outcome was the expected one.
 *
 * The database: `--database-url`, else DATABASE_URL; a database named either way must answer and hold the orders,
 * or the check fails. With neither, against `make up`'s ports, it is `make up`'s default database if that is
 * there and holds the orders; if not (say, a cluster port-forwarded to the same ports) the database checks are
 * skipped and the report says why. Against other targets without a URL, and with `--no-db`, only the APIs are
 * asked.
 *
 * The targets default to those the load run wrote next to the record (`<record>.meta.json`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_DATABASE_URL } from '@mallbots/config';
import { check, formatReport } from './checker.ts';
import { err, num, out, parseCli } from './cli.ts';
import { readRecords } from './record.ts';
import { Rpc } from './rpc.ts';
import { isLocalRun, parseTargets, type Targets } from './targets.ts';

const USAGE = `usage: npm run check -- --record FILE [options]
  --record FILE        the load record (env LOAD_OUT)
  --targets SPEC       gRPC addresses (default: those in FILE.meta.json, else the make up ports)
  --bound S            seconds after its checkout by which an order must be decided (default 60)
  --settle S           seconds to wait after the last decision before observing (default 3)
  --database-url URL   read-only cross-checks in the services' tables (default DATABASE_URL; against the
                       make up ports, make up's database if it is there)
  --no-db              skip the database cross-checks
  --report FILE        write every order's verdict as JSON lines
`;

const v = parseCli(
  {
    record: { type: 'string' },
    targets: { type: 'string' },
    bound: { type: 'string' },
    settle: { type: 'string' },
    'database-url': { type: 'string' },
    'no-db': { type: 'boolean' },
    report: { type: 'string' },
  },
  USAGE,
);
const file = v.record ?? process.env['LOAD_OUT'];
if (!file) {
  err(`--record is required\n\n${USAGE}`);
  process.exit(2);
}
let targets: Targets;
if (v.targets) targets = parseTargets(v.targets, process.env);
else if (existsSync(`${file}.meta.json`))
  targets = (JSON.parse(readFileSync(`${file}.meta.json`, 'utf8')) as { targets: Targets }).targets;
else targets = parseTargets(process.env['LOAD_TARGETS'], process.env);

const records = await readRecords(file);
const rpc = new Rpc(targets);

/**
 * The database to cross-check in, and if there is none, why. `make up`'s is only assumed: if it is not there, or
 * not this system's, the checker skips the database checks and says why (`databaseAssumed`).
 */
function chooseDatabase(): { url?: string; why: string; assumed?: boolean } {
  if (v['no-db']) return { why: '--no-db' };
  const named = v['database-url'] ?? process.env['DATABASE_URL'];
  if (named) return { url: named, why: v['database-url'] ? '--database-url' : 'DATABASE_URL' };
  if (!isLocalRun(targets)) return { why: 'no --database-url for these targets' };
  return { url: DEFAULT_DATABASE_URL, why: "make up's database", assumed: true };
}

const database = chooseDatabase();
const databaseUrl = database.url;
try {
  err(
    `checking ${records.length} order(s) against ${targets.ordering} (ordering) / ${targets.cosec} (cosec); ` +
      (databaseUrl ? `database checks in ${redact(databaseUrl)} (${database.why})` : `no database checks (${database.why})`),
  );
  const rep = await check(rpc, records, {
    boundMs: num('bound', v.bound, undefined, 60, 1) * 1000,
    settleMs: num('settle', v.settle, undefined, 3) * 1000,
    ...(databaseUrl ? { databaseUrl, databaseAssumed: database.assumed === true } : {}),
    onProgress: (l) => err(l),
  });
  if (v.report)
    writeFileSync(
      v.report,
      rep.judgements
        .map((j) =>
          JSON.stringify({
            ...j.record,
            verdict: j.verdict,
            unexpected: j.unexpected,
            reasons: j.reasons,
            latency_ms: j.latencyMs,
          }),
        )
        .join('\n') + '\n',
    );
  if (!databaseUrl) rep.db = `skipped (${database.why})`;
  err(formatReport(rep));
  out(JSON.stringify({ check: rep.pass ? 'pass' : 'fail', ...rep.summary, pass: rep.pass, db: rep.db }));
  process.exitCode = rep.pass ? 0 : 1;
} finally {
  rpc.close();
}

/** A URL for the log: without its password. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
