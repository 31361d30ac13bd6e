/**
 * Memory of an idle service. Measured with `BENCH_ONLY=rss npm run bench:saga` (docs/performance.md): a service
 * idles at ~157 MB RSS with Node's defaults, against a goal of 120 MB. Two settings and one call bring it to
 * 108–115 MB (the collection does most of it: with 16 MB semi-spaces it is 109–117 MB; 1 MB semi-spaces save no
 * more at idle but cost ~10 % throughput in scavenges):
 *
 * - `SERVICE_PROCESS_ENV`, set wherever a service process is started (docker/Dockerfile, scripts/dev.ts, the test
 *   Cluster): V8's young generation capped at 4 MB semi-spaces (a service that once ran
 *   under load otherwise keeps up to 2 × 16 MB committed), and two glibc malloc arenas instead of one per thread.
 * - `releaseStartupMemory()`, called by `main()` once the service is ready: one full, compacting garbage collection
 *   of what start-up left behind (module source, migrations, proto parsing). V8 would keep those pages committed;
 *   the collection hands them back to the OS. It costs one pause of ~100 ms, once, before the service takes load.
 * - `releaseMemoryWhenIdle()`, also started by `main()`: the same collection each time a busy spell is over.
 */
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

/** Environment of every service process (keep docker/Dockerfile in step: test/deploy checks it). */
export const SERVICE_PROCESS_ENV = {
  NODE_OPTIONS: '--max-semi-space-size=4',
  MALLOC_ARENA_MAX: '2',
} as const;

type Gc = (options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async'; flavor?: 'regular' | 'last-resort' }) => void;

function fullGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as Gc;
  return () => gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/** Schedules one full garbage collection `delayMs` after the call (the timer does not keep the process alive). */
export function releaseStartupMemory(delayMs = 2000): void {
  setTimeout(fullGc(), delayMs).unref();
}

/**
 * When a busy spell is over. Fed the event-loop utilisation of consecutive windows: a window at or above
 * `busyAbove` (10 %) marks the service busy; the first window below `idleBelow` (4 %) after that says "release
 * now", once. Between the two (light load) it waits, so a steadily lightly loaded service is never paused for this.
 * An idle service is not at 0 %: its timers (the outbox sweeper, health checks, cosec's deadline scan) and the
 * collector's own work after a busy spell put an idle window at 1.4–2.8 % on a slow host, and up to 6.6 % in cosec
 * for a window or two (docs/performance.md, fifteenth round); a threshold of 1 % missed them there.
 */
export class IdleAfterBusy {
  #busy = false;
  readonly busyAbove: number;
  readonly idleBelow: number;
  constructor(busyAbove = 0.1, idleBelow = 0.04) {
    this.busyAbove = busyAbove;
    this.idleBelow = idleBelow;
  }

  /** The utilisation (0..1) of the window just ended; true when the memory is to be released now. */
  next(utilization: number): boolean {
    if (utilization >= this.busyAbove) {
      this.#busy = true;
      return false;
    }
    if (this.#busy && utilization < this.idleBelow) {
      this.#busy = false;
      return true;
    }
    return false;
  }
}

/**
 * Hands memory back after load, as `releaseStartupMemory` does after start-up: a service that served load keeps
 * the heap and buffers it grew (120–147 MB RSS 15 s after the benchmark's load, against 108–116 MB before it).
 * Every `everyMs` the event loop's utilisation of the window is fed to `IdleAfterBusy`; when a busy spell has
 * given way to idleness, one full compacting collection runs (a pause of some 50–100 ms, on an idle service).
 */
export function releaseMemoryWhenIdle(everyMs = 5000, decide = new IdleAfterBusy()): void {
  const gc = fullGc();
  let last = performance.eventLoopUtilization();
  setInterval(() => {
    const now = performance.eventLoopUtilization();
    const window = performance.eventLoopUtilization(now, last);
    last = now;
    if (decide.next(window.utilization)) gc();
  }, everyMs).unref();
}

/** NODE_OPTIONS for a service process: the service settings plus `extra` (profilers, preloads). */
export function serviceNodeOptions(extra: string | undefined): string {
  return [SERVICE_PROCESS_ENV.NODE_OPTIONS, extra ?? ''].filter(Boolean).join(' ').trim();
}
