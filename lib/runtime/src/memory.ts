/**
 * Memory of an idle service. Measured with `BENCH_ONLY=rss npm run bench:saga` (docs/performance.md): a service
 * idles at ~157 MB RSS with Node's defaults, against a goal of 120 MB. Two settings and one call bring it to
 * ~110 MB:
 *
 * - `SERVICE_PROCESS_ENV`, set wherever a service process is started (docker/Dockerfile, scripts/dev.ts, the test
 *   Cluster): V8's young generation capped at 1 MB semi-spaces (V8 otherwise commits 16 MB per semi-space that an
 *   idle service never uses again), and two glibc malloc arenas instead of one per thread.
 * - `releaseStartupMemory()`, called by `main()` once the service is ready: one full, compacting garbage collection
 *   of what start-up left behind (module source, migrations, proto parsing). V8 would keep those pages committed;
 *   the collection hands them back to the OS. It costs one pause of ~100 ms, once, before the service takes load.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** Environment of every service process (keep docker/Dockerfile in step: test/deploy checks it). */
export const SERVICE_PROCESS_ENV = {
  NODE_OPTIONS: '--max-semi-space-size=1',
  MALLOC_ARENA_MAX: '2',
} as const;

type Gc = (options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async'; flavor?: 'regular' | 'last-resort' }) => void;

/** Schedules one full garbage collection `delayMs` after the call (the timer does not keep the process alive). */
export function releaseStartupMemory(delayMs = 2000): void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as Gc;
  setTimeout(() => gc({ type: 'major', execution: 'sync', flavor: 'last-resort' }), delayMs).unref();
}

/** NODE_OPTIONS for a service process: the service settings plus `extra` (profilers, preloads). */
export function serviceNodeOptions(extra: string | undefined): string {
  return [SERVICE_PROCESS_ENV.NODE_OPTIONS, extra ?? ''].filter(Boolean).join(' ').trim();
}
