/**
 * Before any test: the pinned Go dev tools the tests run (helm for the chart tests, jaeger for the trace tests,
 * grpcurl) are built into .tools/bin once, outside every test's timeout. On a machine that has them this is a
 * no-op; a cold build takes a few minutes on 2 cores.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function globalSetup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const started = Date.now();
  const r = spawnSync('flock', ['.tools-build.lock', 'bash', 'scripts/install-tools.sh'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('building the dev tools failed (scripts/install-tools.sh; Go >= 1.24 is needed)');
  const s = (Date.now() - started) / 1000;
  if (s > 5) process.stderr.write(`dev tools built in ${s.toFixed(0)} s\n`);
}
