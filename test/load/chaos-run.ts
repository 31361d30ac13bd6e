/**
 * The chaos harness: the open-loop load (generator.ts) runs against a test Cluster for the whole run while the
 * faults (faults.ts) strike one after the other, each in a phase of its own:
 *
 *   phase start -> `leadMs` of load -> fault (until it is over, e.g. the killed service is ready again)
 *     -> recovery: until every order whose checkout started before the fault ended has a finished saga
 *     -> load continues until the phase has lasted `phaseMs`
 *
 * Every order carries its phase's name. When the last phase ends the load stops and the checker (checker.ts)
 * judges every order; the report gives per fault: orders started, approved, rejected, lost, doubled, unexpected
 * outcomes, and the recovery time (fault over -> all in-flight sagas finished again), plus what the fault itself
 * found wrong (a poison message not dead-lettered, a service that died on its own).
 */
import pg from 'pg';
import { ALL_SERVICES, type Cluster } from '../support/cluster.ts';
import { check, type CheckReport } from './checker.ts';
import type { Summary } from './classify.ts';
import { OBSERVER_APP, type Fault, type FaultResult } from './faults.ts';
import { formatProgress, runLoad } from './generator.ts';
import { setupMall, DEFAULT_MALL, type Mix } from './kiosk.ts';
import { sagaIdOf } from './observe.ts';
import { RecordWriter, type OrderRecord } from './record.ts';
import { Rpc, sleep } from './rpc.ts';
import type { Targets } from './targets.ts';

export interface ChaosOptions {
  rate: number;
  faults: Fault[];
  mix: Mix;
  /** Load before the first fault, as the no-fault reference ("none"). */
  baselineMs: number;
  /** Load in each phase before its fault strikes. */
  leadMs: number;
  /** Minimum length of each fault's phase. */
  phaseMs: number;
  /** Give up waiting for the in-flight sagas after this long (they are then the checker's "lost"). */
  recoveryTimeoutMs: number;
  boundMs: number;
  settleMs: number;
  recordFile: string;
  log: (line: string) => void;
  progress?: (line: string) => void;
}

export interface FaultReport {
  fault: string;
  started: number;
  approved: number;
  rejected: number;
  lost: number;
  doubled: number;
  unexpected: number;
  /** Sagas in flight when the fault struck (checkout under way or saga not finished). */
  in_flight_at_fault: number;
  /** Sagas still in flight when the fault was over (e.g. the killed service ready again). */
  in_flight: number;
  /** Fault over -> every one of them finished; null if they did not within the recovery timeout. */
  recovery_ms: number | null;
  fault_ms: number;
  detail: Record<string, unknown>;
  problems: string[];
  pass: boolean;
}

export interface ChaosReport {
  faults: FaultReport[];
  check: CheckReport;
  pass: boolean;
  record: string;
}

export function clusterTargets(cluster: Cluster): Targets {
  return Object.fromEntries(ALL_SERVICES.map((s) => [s, cluster.grpcAddress(s)])) as Targets;
}

/** Which sagas have finished, straight from cosec's table (cheap enough to ask every 250 ms). */
class SagaWatch {
  readonly #pool: pg.Pool;
  readonly finished = new Set<string>();
  constructor(url: string) {
    // idle connections are kept (the postgres fault refuses new ones) and spared (application_name)
    this.#pool = new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 0, application_name: OBSERVER_APP });
    this.#pool.on('error', () => undefined);
  }
  /** Of these orders, those whose saga has not finished (completed, compensated or parked as failed). */
  async unfinished(orderIds: readonly string[]): Promise<string[]> {
    const ask = orderIds.filter((id) => !this.finished.has(id));
    if (ask.length === 0) return [];
    const bySaga = new Map(ask.map((id) => [sagaIdOf(id), id]));
    const r = await this.#pool.query<{ id: string }>(
      `select id::text from cosec.sagas where id = any($1::uuid[]) and status in ('completed', 'compensated', 'failed')`,
      [[...bySaga.keys()]],
    );
    for (const row of r.rows) this.finished.add(bySaga.get(row.id)!);
    return ask.filter((id) => !this.finished.has(id));
  }
  close(): Promise<void> {
    return this.#pool.end();
  }
}

const emptySummary = (): Summary => ({
  orders: 0,
  approved: 0,
  rejected: 0,
  lost: 0,
  doubled: 0,
  not_placed: 0,
  unobserved: 0,
  unexpected: 0,
  pass: true,
});

export async function runChaos(cluster: Cluster, opts: ChaosOptions): Promise<ChaosReport> {
  const rpc = new Rpc(clusterTargets(cluster));
  const writer = new RecordWriter(opts.recordFile);
  const watch = new SagaWatch(cluster.db.url);
  const records: OrderRecord[] = [];
  /** Checkouts under way (order id -> start), so recovery also waits for orders whose checkout had not returned. */
  const checkingOut = new Map<string, number>();
  let phase = 'none';
  const abort = new AbortController();
  const results: {
    fault: Fault;
    result: FaultResult;
    faultMs: number;
    inFlightAtStart: number;
    inFlight: number;
    recoveryMs: number | null;
  }[] = [];

  try {
    const mall = await setupMall(rpc, DEFAULT_MALL);
    const load = runLoad(rpc, mall, {
      rate: opts.rate,
      durationMs: 24 * 3600 * 1000,
      mix: opts.mix,
      signal: abort.signal,
      phase: () => phase,
      onCheckout: (id, at) => checkingOut.set(id, at),
      onRecord: (r) => {
        checkingOut.delete(r.order_id);
        records.push(r);
        writer.write(r);
      },
      onProgress: (s) => opts.progress?.(`[${phase}] ${formatProgress(s)}`),
    });
    opts.log(`chaos: ${opts.rate}/s; baseline ${opts.baselineMs / 1000} s, then ${opts.faults.map((f) => f.name).join(', ')}`);
    await sleep(opts.baselineMs);

    for (const fault of opts.faults) {
      phase = fault.name;
      const phaseStart = Date.now();
      await sleep(opts.leadMs);
      const t0 = Date.now();
      const atStart = await watch
        .unfinished(records.filter((r) => r.ack === 'ok').map((r) => r.order_id))
        .then((open) => open.length + checkingOut.size)
        .catch(() => -1);
      opts.log(`fault ${fault.name} (${atStart} sagas in flight) ...`);
      let result: FaultResult;
      try {
        result = await fault.inject({ cluster, log: opts.log });
      } catch (err) {
        result = { detail: {}, problems: [`the fault itself failed: ${(err as Error).message}`] };
      }
      const t1 = Date.now();

      // recovery: every order whose checkout began before the fault ended has a finished saga
      let recoveryMs: number | null = null;
      let inFlight = -1; // when the fault ended
      const deadline = t1 + opts.recoveryTimeoutMs;
      for (;;) {
        const before = records.filter((r) => r.ack === 'ok' && r.started_at <= t1).map((r) => r.order_id);
        const open = await watch.unfinished(before).catch(() => undefined);
        const stillCheckingOut = [...checkingOut.values()].filter((at) => at <= t1).length;
        if (open && inFlight < 0) inFlight = open.length + stillCheckingOut;
        if (open && open.length === 0 && stillCheckingOut === 0) {
          recoveryMs = Date.now() - t1;
          break;
        }
        if (Date.now() > deadline) break;
        await sleep(250);
      }
      opts.log(
        `fault ${fault.name}: over after ${t1 - t0} ms; ${Math.max(inFlight, 0)} in flight, ` +
          (recoveryMs === null
            ? `NOT all finished within ${opts.recoveryTimeoutMs / 1000} s`
            : `all finished ${recoveryMs} ms later`) +
          (result.problems.length ? `; problems: ${result.problems.join('; ')}` : ''),
      );
      // a service that died on its own is a finding; bring it back so the run can go on
      for (const s of ALL_SERVICES) {
        if (!cluster.pid(s)) {
          result.problems.push(`${s} was not running after the fault (see ${cluster.logDir}/${s}.log)`);
          await cluster.startService(s).catch((err: Error) => result.problems.push(`${s} did not restart: ${err.message}`));
        }
      }
      results.push({ fault, result, faultMs: t1 - t0, inFlightAtStart: atStart, inFlight: Math.max(inFlight, 0), recoveryMs });
      const rest = phaseStart + opts.phaseMs - Date.now();
      if (rest > 0) await sleep(rest);
    }
    phase = 'end';
    abort.abort();
    await load;
  } finally {
    abort.abort();
    await writer.close();
    await watch.close().catch(() => undefined);
  }

  try {
    opts.log(`checking ${records.length} orders ...`);
    const rep = await check(rpc, records, {
      boundMs: opts.boundMs,
      settleMs: opts.settleMs,
      databaseUrl: cluster.db.url,
      onProgress: (l) => opts.progress?.(l),
    });
    const faults: FaultReport[] = results.map(({ fault, result, faultMs, inFlightAtStart, inFlight, recoveryMs }) => {
      const s = rep.byPhase.get(fault.name) ?? emptySummary();
      return {
        fault: fault.name,
        started: s.orders,
        approved: s.approved,
        rejected: s.rejected,
        lost: s.lost,
        doubled: s.doubled,
        unexpected: s.unexpected,
        in_flight_at_fault: inFlightAtStart,
        in_flight: inFlight,
        recovery_ms: recoveryMs,
        fault_ms: faultMs,
        detail: result.detail,
        problems: result.problems,
        pass: s.pass && result.problems.length === 0 && recoveryMs !== null,
      };
    });
    const pass = rep.pass && faults.every((f) => f.pass);
    return { faults, check: rep, pass, record: opts.recordFile };
  } finally {
    rpc.close();
  }
}

export function formatChaos(rep: ChaosReport): string {
  const cols = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(20) : i === cells.length - 1 ? ` ${c}` : c.padStart(i >= 7 ? 10 : 8))).join(' ');
  const lines = [
    cols([
      'fault',
      'started',
      'approved',
      'rejected',
      'lost',
      'doubled',
      'unexpected',
      'fault',
      'in flight',
      'recovery',
      'problems',
    ]),
  ];
  const base = rep.check.byPhase.get('none');
  if (base) {
    const n = [base.orders, base.approved, base.rejected, base.lost, base.doubled, base.unexpected].map(String);
    lines.push(cols(['none (baseline)', ...n, '-', '-', '-', '-']));
  }
  for (const f of rep.faults) {
    const n = [f.started, f.approved, f.rejected, f.lost, f.doubled, f.unexpected].map(String);
    lines.push(
      cols([
        f.fault,
        ...n,
        `${(f.fault_ms / 1000).toFixed(1)} s`,
        `${f.in_flight_at_fault}->${f.in_flight}`,
        f.recovery_ms === null ? 'TIMEOUT' : `${(f.recovery_ms / 1000).toFixed(1)} s`,
        f.problems.join('; ') || '-',
      ]),
    );
  }
  lines.push(
    '(fault: how long it lasted; in flight: sagas unfinished when it struck -> when it was over; recovery: from then until all were finished)',
  );
  return lines.join('\n');
}
