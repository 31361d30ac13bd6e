/**
 * The Jepsen-style checker: after a run, every recorded order must end decided exactly once, with every effect of
 * the decision in place and every effect of the other outcome undone.
 *
 *   1. wait: poll order + saga of the undecided orders until each is decided with its saga finished, or its bound
 *      (checkout + `boundMs`) has passed;
 *   2. settle: wait `settleMs` more, so that a late duplicate or a late participant (a command that arrives after
 *      the saga gave up on it) has the time to do its damage where we can see it;
 *   3. observe every order through the APIs (observe.ts) and, with a database URL, the tables (db.ts);
 *   4. classify (classify.ts) and summarize, overall and per phase.
 */
import {
  classify,
  isTerminal,
  summarize,
  summarizeByPhase,
  BASKET_CHECKED_OUT,
  databaseOutcome,
  databaseVerdict,
  type Judgement,
  type Summary,
} from './classify.ts';
import { FactsReader, type Schemas } from './db.ts';
import { mapLimit, observeDecision, observeOrder } from './observe.ts';
import type { OrderRecord } from './record.ts';
import type { Rpc } from './rpc.ts';

export interface CheckOptions {
  boundMs: number;
  settleMs?: number;
  concurrency?: number;
  pollEveryMs?: number;
  /** Read-only SQL for what the APIs cannot tell; without it those checks are skipped. */
  databaseUrl?: string;
  /**
   * The URL was not given but assumed (`make up`'s default database): if it cannot serve, the database checks are
   * skipped, and the report says why, instead of failing the check.
   */
  databaseAssumed?: boolean;
  schemas?: Schemas;
  onProgress?: (line: string) => void;
}

export interface CheckReport {
  summary: Summary;
  byPhase: Map<string, Summary>;
  judgements: Judgement[];
  /** 'used', 'skipped' or why the database checks did not run ('failed: …'). */
  db: string;
  duplicateRecords: number;
  /**
   * The verdict: the orders' summary passes and, when a database was given, its checks ran. A requested check
   * that did not run (an unreachable database, or one that holds none of the orders) is a failure, not a pass
   * with less evidence.
   */
  pass: boolean;
}

export async function waitForDecisions(rpc: Rpc, records: readonly OrderRecord[], opts: CheckOptions): Promise<void> {
  let pending = [...records];
  const concurrency = opts.concurrency ?? 16;
  while (pending.length > 0) {
    const now = Date.now();
    const still = await mapLimit(pending, concurrency, async (r) => {
      if (now > r.started_at + opts.boundMs) return false; // out of time: the final observation judges it
      const d = await observeDecision(rpc, r).catch(() => undefined);
      if (!d) return true;
      if (isTerminal(d)) return false;
      if (!d.order && r.ack !== 'ok') {
        // the checkout's answer was lost: if the basket is still open there is no order to wait for
        const b = await rpc
          .call<{ basket: { status: string } }>('baskets', 'GetBasket', { id: r.order_id })
          .catch(() => undefined);
        if (b && b.basket.status !== BASKET_CHECKED_OUT) return false;
      }
      return true;
    });
    pending = pending.filter((_, i) => still[i]);
    if (pending.length === 0) break;
    opts.onProgress?.(`waiting for ${pending.length} undecided order(s)`);
    await new Promise((r) => setTimeout(r, opts.pollEveryMs ?? 500));
  }
}

export async function check(rpc: Rpc, all: readonly OrderRecord[], opts: CheckOptions): Promise<CheckReport> {
  const seen = new Set<string>();
  const records = all.filter((r) => (seen.has(r.order_id) ? false : (seen.add(r.order_id), true)));
  await waitForDecisions(rpc, records, opts);
  if (opts.settleMs) await new Promise((r) => setTimeout(r, opts.settleMs));

  opts.onProgress?.(`observing ${records.length} order(s)`);
  const observedAt = Date.now();
  const observations = await mapLimit(records, opts.concurrency ?? 16, (r) => observeOrder(rpc, r));
  let verdict: string | undefined;
  if (opts.databaseUrl) {
    const reader = new FactsReader(opts.databaseUrl, opts.schemas);
    try {
      const facts = await reader.facts(records.map((r) => r.order_id));
      observations.forEach((o, i) => (o.db = facts.get(records[i]!.order_id)));
      verdict = databaseVerdict(observations);
    } catch (err) {
      verdict = `failed: ${(err as Error).message}`;
    } finally {
      await reader.close();
    }
    if (verdict !== 'used') for (const o of observations) delete o.db; // facts from a database that did not serve are no evidence
  }
  const { db, passes } = databaseOutcome(verdict, opts.databaseAssumed === true);
  const judgements = records.map((r, i) => classify(r, observations[i]!, { boundMs: opts.boundMs, observedAt }));
  const summary = summarize(judgements);
  return {
    summary,
    byPhase: summarizeByPhase(judgements),
    judgements,
    db,
    duplicateRecords: all.length - records.length,
    pass: summary.pass && passes,
  };
}

/** Human-readable report: the per-phase table, then the first `maxDetails` orders that failed the check. */
export function formatReport(rep: CheckReport, maxDetails = 20): string {
  const lines: string[] = [];
  const row = (phase: string, s: Summary) =>
    `${phase.padEnd(22)} ${String(s.orders).padStart(6)} ${String(s.approved).padStart(8)} ${String(s.rejected).padStart(8)} ` +
    `${String(s.lost).padStart(5)} ${String(s.doubled).padStart(7)} ${String(s.unexpected).padStart(10)} ${String(s.not_placed + s.unobserved).padStart(6)}  ` +
    `${s.latency_ms ? `${s.latency_ms.p50}/${s.latency_ms.p99}` : '-'}`;
  lines.push(
    `${'phase'.padEnd(22)} ${'orders'.padStart(6)} ${'approved'.padStart(8)} ${'rejected'.padStart(8)} ${'lost'.padStart(5)} ${'doubled'.padStart(7)} ${'unexpected'.padStart(10)} ${'other'.padStart(6)}  p50/p99 ms`,
  );
  if (rep.byPhase.size > 1 || !rep.byPhase.has('-')) for (const [p, s] of rep.byPhase) lines.push(row(p, s));
  lines.push(row('total', rep.summary));
  const bad = rep.judgements.filter((j) => j.unexpected || !['approved', 'rejected', 'not_placed'].includes(j.verdict));
  for (const j of bad.slice(0, maxDetails)) {
    const what = j.unexpected ? `${j.verdict}, expected ${j.record.expected} (${j.record.reason})` : j.verdict;
    lines.push(`  ${j.record.order_id} [${j.record.phase ?? '-'}] ${what}: ${j.reasons.join('; ')}`);
  }
  if (bad.length > maxDetails) lines.push(`  … and ${bad.length - maxDetails} more`);
  lines.push(
    `database checks: ${rep.db}${rep.duplicateRecords ? `; ${rep.duplicateRecords} duplicate record line(s) ignored` : ''}`,
  );
  lines.push(
    rep.pass
      ? 'PASS: nothing lost, nothing doubled, every outcome as expected'
      : rep.summary.pass
        ? 'FAIL: the database checks did not run'
        : 'FAIL',
  );
  return lines.join('\n');
}
