/**
 * `npm test`: every check CI runs, in order, then one summary line.
 *
 *   static: typecheck, lint, layer rules (dependency-cruiser), buf lint, generated contracts up to date
 *   tests:  jest, unit and integration (real PostgreSQL and RabbitMQ: `scripts/ensure-infra.sh` starts them)
 *
 * `npm test -- <jest args>` skips the static checks and passes the arguments to jest (e.g. a path).
 * The last line reads `tests: N passed, N failed` (plus skipped), whatever happened.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const failures: string[] = [];

function step(name: string, cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const started = Date.now();
  process.stdout.write(`\n== ${name}\n`);
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  process.stdout.write(`== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  if (!ok) failures.push(name);
  return ok;
}

if (args.length === 0) {
  step('infrastructure (PostgreSQL, RabbitMQ)', 'bash', ['scripts/ensure-infra.sh']);
  step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
  step('lint', 'npm', ['run', '--silent', 'lint']);
  step('layer rules', 'npm', ['run', '--silent', 'depcheck']);
  step('buf lint', 'npm', ['run', '--silent', 'proto:lint']);
  step('generated contracts up to date', 'npm', ['run', '--silent', 'proto:check']);
}

const dir = mkdtempSync(join(tmpdir(), 'mallbots-jest-'));
const jest = ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', 'node_modules/jest/bin/jest.js', '--json'];
let passed = 0;
let failed = 0;
let skipped = 0;
function runJest(name: string, jestArgs: string[]): void {
  const report = join(dir, `${name.replace(/\W+/g, '-')}.json`);
  step(name, process.execPath, [...jest, `--outputFile=${report}`, ...jestArgs]);
  try {
    const r = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
      numRuntimeErrorTestSuites: number;
    };
    passed += r.numPassedTests;
    failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
    skipped += r.numPendingTests + r.numTodoTests;
  } catch {
    failures.push(`${name} report`);
  }
}
if (args.length === 0) {
  // unit and integration tests in parallel; then the end-to-end suites (a whole cluster each) one at a time
  runJest('jest: unit and integration', ['--selectProjects', 'unit', 'integration']);
  runJest('jest: end to end (one file at a time)', ['--selectProjects', 'e2e', '--runInBand']);
} else {
  runJest('jest', args);
}
rmSync(dir, { recursive: true, force: true });
if (failures.length > 0) process.stdout.write(`\nfailed steps: ${failures.join(', ')}\n`);
failed += failures.filter((f) => !f.startsWith('jest')).length;
process.stdout.write(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failures.length > 0 || failed > 0 ? 1 : 0);
