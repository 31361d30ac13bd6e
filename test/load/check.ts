/**
 * `npm run check -- --record .run/load/orders-….jsonl [--targets …] [--bound 60] [--database-url postgres://…]`
 *
 * Classifies every order of a load record as approved, rejected, lost or doubled (see classify.ts) by asking the
 * services' gRPC APIs and, with `--database-url` (or DATABASE_URL; `--no-db` to skip), the services' tables
 * read-only. Prints the table, the failing orders, and one JSON summary line; exits 1 unless nothing was lost,
 * nothing doubled and every outcome was the expected one.
 *
 * The targets default to those the load run wrote next to the record (`<record>.meta.json`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { check, formatReport } from './checker.ts';
import { err, num, out, parseCli } from './cli.ts';
import { readRecords } from './record.ts';
import { Rpc } from './rpc.ts';
import { parseTargets, type Targets } from './targets.ts';

const USAGE = `usage: npm run check -- --record FILE [options]
  --record FILE        the load record (env LOAD_OUT)
  --targets SPEC       gRPC addresses (default: those in FILE.meta.json, else the make up ports)
  --bound S            seconds after its checkout by which an order must be decided (default 60)
  --settle S           seconds to wait after the last decision before observing (default 3)
  --database-url URL   read-only cross-checks in the services' tables (default DATABASE_URL)
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
const databaseUrl = v['no-db'] ? undefined : (v['database-url'] ?? process.env['DATABASE_URL']);
try {
  err(
    `checking ${records.length} order(s) against ${targets.ordering} (ordering) / ${targets.cosec} (cosec)${databaseUrl ? '' : '; no database checks'}`,
  );
  const rep = await check(rpc, records, {
    boundMs: num('bound', v.bound, undefined, 60, 1) * 1000,
    settleMs: num('settle', v.settle, undefined, 3) * 1000,
    ...(databaseUrl ? { databaseUrl } : {}),
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
  err(formatReport(rep));
  out(JSON.stringify({ check: rep.summary.pass ? 'pass' : 'fail', ...rep.summary, db: rep.db }));
  process.exitCode = rep.summary.pass ? 0 : 1;
} finally {
  rpc.close();
}
