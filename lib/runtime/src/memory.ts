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
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** Environment of every service process (keep docker/Dockerfile in step: test/deploy checks it). */
export const SERVICE_PROCESS_ENV = {
  NODE_OPTIONS: '--max-semi-space-size=4',
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
