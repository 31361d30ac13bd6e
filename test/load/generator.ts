/**
 * Open-loop load: new customers arrive at a fixed rate whatever the system's speed (a closed loop would slow down
 * with the system and hide its trouble). Each arrival runs one purchase (kiosk.ts) concurrently; at most
 * `maxInFlight` purchases run at once, and arrivals beyond that are counted as `skipped` (the generator, not the
 * system, is the limit then — the progress line says so).
 */
import { planOrder, placeOrder, type Mall, type Mix, type Placed } from './kiosk.ts';
import type { OrderRecord } from './record.ts';
import type { Rpc } from './rpc.ts';

export interface LoadOptions {
  /** Checkouts per second. */
  rate: number;
  durationMs: number;
  mix: Mix;
  maxInFlight?: number;
  retryBudgetMs?: number;
  /** Label stored with each record (the chaos harness names the fault running at the time). */
  phase?: () => string | undefined;
  onRecord?: (r: OrderRecord) => void;
  onCheckout?: (orderId: string, at: number) => void;
  /** Called every second with the counters (the CLI prints them as the progress line). */
  onProgress?: (s: LoadStats) => void;
  /** Stops the arrivals early; purchases already started finish. */
  signal?: AbortSignal;
  /** Injectable for tests. */
  place?: (plan: ReturnType<typeof planOrder>, phase: string | undefined) => Promise<Placed>;
}

export interface LoadStats {
  elapsedMs: number;
  /** Purchases begun. */
  started: number;
  /** Recorded orders, acknowledged checkout. */
  acked: number;
  /** Recorded orders whose checkout answer was lost. */
  unknown: number;
  /** Purchases abandoned before the checkout (a kiosk call kept failing): no order. */
  aborted: number;
  /** Arrivals not started because `maxInFlight` purchases were running. */
  skipped: number;
  inFlight: number;
  lastError?: string;
  byExpected: { approved: number; rejected: number };
}

export async function runLoad(rpc: Rpc, mall: Mall, opts: LoadOptions): Promise<LoadStats> {
  const maxInFlight = opts.maxInFlight ?? 256;
  const stats: LoadStats = {
    elapsedMs: 0,
    started: 0,
    acked: 0,
    unknown: 0,
    aborted: 0,
    skipped: 0,
    inFlight: 0,
    byExpected: { approved: 0, rejected: 0 },
  };
  const place =
    opts.place ??
    ((plan, phase) =>
      placeOrder(rpc, plan, {
        ...(opts.retryBudgetMs !== undefined ? { retryBudgetMs: opts.retryBudgetMs } : {}),
        ...(phase ? { phase } : {}),
        ...(opts.onCheckout ? { onCheckout: opts.onCheckout } : {}),
      }));
  const running = new Set<Promise<void>>();
  const t0 = performance.now();
  const tick = 5;
  let due = 0;
  let nextProgress = 1000;

  const launch = (): void => {
    if (running.size >= maxInFlight) {
      stats.skipped += 1;
      return;
    }
    stats.started += 1;
    const plan = planOrder(mall, opts.mix);
    const p = place(plan, opts.phase?.())
      .then((r) => {
        if (r.placed) {
          if (r.record.ack === 'ok') stats.acked += 1;
          else stats.unknown += 1;
          stats.byExpected[r.record.expected] += 1;
          opts.onRecord?.(r.record);
        } else {
          stats.aborted += 1;
          stats.lastError = `${r.step}: ${r.error}`;
        }
      })
      .catch((err: unknown) => {
        stats.aborted += 1;
        stats.lastError = String(err);
      })
      .finally(() => {
        running.delete(p);
        stats.inFlight = running.size;
      });
    running.add(p);
    stats.inFlight = running.size;
  };

  while (!opts.signal?.aborted) {
    const elapsed = performance.now() - t0;
    // arrivals due by now at a steady rate; a late timer makes up the difference at once, also the last one, so a
    // run that is not aborted starts exactly rate × duration arrivals
    const target = Math.floor((Math.min(elapsed, opts.durationMs) * opts.rate) / 1000);
    while (due < target) {
      due += 1;
      launch();
    }
    if (elapsed >= opts.durationMs) break;
    if (elapsed >= nextProgress) {
      nextProgress += 1000;
      stats.elapsedMs = elapsed;
      opts.onProgress?.({ ...stats });
    }
    await new Promise((r) => setTimeout(r, tick));
  }
  await Promise.all(running);
  stats.elapsedMs = performance.now() - t0;
  stats.inFlight = 0;
  opts.onProgress?.({ ...stats });
  return stats;
}

/** The progress line. */
export function formatProgress(s: LoadStats, extra = ''): string {
  const secs = s.elapsedMs / 1000;
  const rate = secs > 0 ? (s.acked + s.unknown) / secs : 0;
  return (
    `t=${secs.toFixed(0)}s started=${s.started} recorded=${s.acked + s.unknown} (unknown ack ${s.unknown}) ` +
    `aborted=${s.aborted} skipped=${s.skipped} in_flight=${s.inFlight} rate=${rate.toFixed(1)}/s${extra}` +
    (s.lastError && s.aborted > 0 ? ` last_error="${s.lastError.slice(0, 80)}"` : '')
  );
}
