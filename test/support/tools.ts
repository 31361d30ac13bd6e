/**
 * The binaries the deployment tests run, found in .tools/bin and built when missing:
 * - helm: pinned in tools/go.mod, built by scripts/install-tools.sh (about 1.5 minutes on 2 cores with an empty Go
 *   build cache);
 * - jaeger: pinned in tools/go.mod, for the trace tests and the chart's Jaeger configuration (several minutes);
 * - compose-check: test/deploy/compose-check, the Compose Specification's own loader (a few seconds).
 * Builds hold an exclusive `flock`, so test files running in parallel never build the same tool twice.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TOOLS_BIN = join(ROOT, '.tools', 'bin');

/** Generous enough for a cold helm build on a 2-core CI machine. */
export const BUILD_TIMEOUT_MS = 20 * 60_000;

function buildLocked(name: string, cmd: string[], cwd: string): string {
  const bin = join(TOOLS_BIN, name);
  if (existsSync(bin)) return bin;
  mkdirSync(TOOLS_BIN, { recursive: true });
  const started = Date.now();
  // flock: the second caller waits, then finds the binary and builds nothing (the commands skip existing tools).
  const r = spawnSync('flock', [join(TOOLS_BIN, `.${name}.lock`), ...cmd], {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: BUILD_TIMEOUT_MS,
  });
  if (r.status !== 0 || !existsSync(bin)) {
    throw new Error(`could not build ${name} (${cmd.join(' ')}): exit ${r.status ?? r.signal}; Go >= 1.24 is needed`);
  }
  process.stderr.write(
    `${name} ready in .tools/bin after ${((Date.now() - started) / 1000).toFixed(0)} s (built here or by a parallel test)\n`,
  );
  return bin;
}

export function helmBin(): string {
  return buildLocked('helm', ['bash', 'scripts/install-tools.sh', 'helm'], ROOT);
}

export function composeCheckBin(): string {
  const out = join(TOOLS_BIN, 'compose-check');
  return buildLocked(
    'compose-check',
    ['sh', '-c', `test -x "${out}" || go build -o "${out}" .`],
    join(ROOT, 'test', 'deploy', 'compose-check'),
  );
}

/** The pinned jaeger dev tool (several minutes to build cold on 2 cores; the trace tests need it too). */
export function jaegerBin(): string {
  return buildLocked('jaeger', ['bash', 'scripts/install-tools.sh', 'jaeger'], ROOT);
}
