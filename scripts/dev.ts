/**
 * Local run: `make up` / `make down` / `make status` / `make migrate` (also `npm run up|down|status|migrate`).
 *
 * up:      makes sure PostgreSQL and RabbitMQ run (scripts/ensure-infra.sh), then starts every service under
 *          services/ as its own process (`node services/<svc>/src/main.ts`) on the ports of ARCHITECTURE.md §8,
 *          logging to .run/logs/<svc>.log, and waits until each one's /readyz answers. A service whose recorded
 *          process is still alive is left alone, so `make up` twice starts nothing twice.
 *          Jaeger (v2, `.tools/bin/jaeger` from `make tools`, or `jaeger` on PATH) is started too when available,
 *          with tools/jaeger/config.yaml (OTLP on 4317/4318, query API on 16686), and every service exports its
 *          traces to it unless OTEL_EXPORTER_OTLP_ENDPOINT is already set.
 * down:    SIGTERM to every recorded process (graceful shutdown), SIGKILL after 15 s.
 * migrate: runs each service's migrations and exits.
 * Environment: DATABASE_URL, RABBITMQ_URL and every service variable pass through to the services;
 * MALLBOTS_SERVICES=stores,customers limits up/status/migrate to those services.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_PROCESS_ENV, serviceNodeOptions } from '@mallbots/runtime/memory';
import { LOCAL_GRPC_PORTS, SERVICE_NAMES } from '@mallbots/runtime/peers';

/** The services and their local ports: gRPC 9001-9009 (lib/runtime peers), HTTP 100 above (ARCHITECTURE.md §8). */
export const SERVICES = SERVICE_NAMES.map((name) => ({ name, grpc: LOCAL_GRPC_PORTS[name], http: LOCAL_GRPC_PORTS[name] + 100 }));

const RUN = '.run';
const LOGS = join(RUN, 'logs');
const only = process.env['MALLBOTS_SERVICES']?.split(',').map((x) => x.trim());
const present = SERVICES.filter(
  (s) => existsSync(join('services', s.name, 'src', 'main.ts')) && (!only || only.includes(s.name)),
);

const pidFile = (svc: string): string => join(RUN, `${svc}.pid`);
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
function recordedPid(svc: string): number | undefined {
  if (!existsSync(pidFile(svc))) return undefined;
  const pid = Number(readFileSync(pidFile(svc), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : undefined;
}

async function ready(port: number): Promise<boolean> {
  try {
    const r = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(1000) });
    return r.ok;
  } catch {
    return false;
  }
}

function jaegerBinary(): string | undefined {
  if (existsSync('.tools/bin/jaeger')) return '.tools/bin/jaeger';
  const which = spawnSync('bash', ['-c', 'command -v jaeger'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : undefined;
}

async function startJaeger(): Promise<boolean> {
  const bin = jaegerBinary();
  if (!bin) {
    console.log('jaeger         not installed (make tools builds it); services run without exporting traces');
    return false;
  }
  const pid = recordedPid('jaeger');
  if (pid) {
    console.log(`jaeger         already running (pid ${pid})`);
    return true;
  }
  const log = openSync(join(LOGS, 'jaeger.log'), 'a');
  const child = spawn(bin, ['--config', 'tools/jaeger/config.yaml'], { detached: true, stdio: ['ignore', log, log] });
  child.unref();
  writeFileSync(pidFile('jaeger'), String(child.pid));
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch('http://127.0.0.1:13133/status', { signal: AbortSignal.timeout(500) })).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  console.log(`jaeger         started (pid ${child.pid}), query API http://127.0.0.1:16686, log ${join(LOGS, 'jaeger.log')}`);
  return true;
}

async function up(): Promise<number> {
  const infra = spawnSync('bash', ['scripts/ensure-infra.sh'], { stdio: 'inherit' });
  if (infra.status !== 0) return 1;
  mkdirSync(LOGS, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // the services' memory settings, as deployed (docker/Dockerfile)
    MALLOC_ARENA_MAX: SERVICE_PROCESS_ENV.MALLOC_ARENA_MAX,
    NODE_OPTIONS: serviceNodeOptions(process.env['NODE_OPTIONS']),
  };
  if ((await startJaeger()) && !env['OTEL_EXPORTER_OTLP_ENDPOINT']) env['OTEL_EXPORTER_OTLP_ENDPOINT'] = 'http://127.0.0.1:4318';
  for (const s of present) {
    const pid = recordedPid(s.name);
    if (pid) {
      console.log(`${s.name.padEnd(14)} already running (pid ${pid})`);
      continue;
    }
    const log = openSync(join(LOGS, `${s.name}.log`), 'a');
    const child = spawn(process.execPath, [join('services', s.name, 'src', 'main.ts')], {
      detached: true,
      stdio: ['ignore', log, log],
      env,
    });
    child.unref();
    writeFileSync(pidFile(s.name), String(child.pid));
    console.log(`${s.name.padEnd(14)} started (pid ${child.pid}), log ${join(LOGS, `${s.name}.log`)}`);
  }
  const deadline = Date.now() + 90_000;
  const pending = new Set<string>(present.map((s) => s.name));
  while (pending.size > 0 && Date.now() < deadline) {
    for (const s of present) {
      if (!pending.has(s.name)) continue;
      if (!recordedPid(s.name)) {
        console.error(`${s.name} exited during start-up; last lines of its log:`);
        console.error(
          readFileSync(join(LOGS, `${s.name}.log`), 'utf8')
            .trim()
            .split('\n')
            .slice(-15)
            .join('\n'),
        );
        return 1;
      }
      if (await ready(s.http)) pending.delete(s.name);
    }
    if (pending.size > 0) await new Promise((r) => setTimeout(r, 500));
  }
  if (pending.size > 0) {
    console.error(`not ready after 90 s: ${[...pending].join(', ')} (see ${LOGS}/)`);
    return 1;
  }
  console.log('\nservice        gRPC                  HTTP (/readyz, /metrics)');
  for (const s of present) console.log(`${s.name.padEnd(14)} 127.0.0.1:${s.grpc}        http://127.0.0.1:${s.http}`);
  console.log('\nall services are ready. Try: grpcurl -plaintext 127.0.0.1:9002 list');
  return 0;
}

async function down(): Promise<number> {
  const pids = new Map<string, number>();
  for (const name of [...SERVICES.map((s) => s.name), 'jaeger']) {
    const pid = recordedPid(name);
    if (pid) {
      process.kill(pid, 'SIGTERM');
      pids.set(name, pid);
    }
    rmSync(pidFile(name), { force: true });
  }
  const deadline = Date.now() + 15_000;
  while ([...pids.values()].some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  for (const [name, pid] of pids) {
    if (alive(pid)) {
      process.kill(pid, 'SIGKILL');
      console.log(`${name} did not stop in 15 s: killed`);
    } else console.log(`${name} stopped`);
  }
  if (pids.size === 0) console.log('nothing was running');
  return 0;
}

function status(): number {
  for (const s of present) {
    const pid = recordedPid(s.name);
    console.log(`${s.name.padEnd(14)} ${pid ? `running (pid ${pid})` : 'stopped'}`);
  }
  const jaeger = recordedPid('jaeger');
  console.log(`${'jaeger'.padEnd(14)} ${jaeger ? `running (pid ${jaeger})` : 'stopped'}`);
  return 0;
}

function migrate(): number {
  const infra = spawnSync('bash', ['scripts/ensure-infra.sh'], { stdio: 'inherit' });
  if (infra.status !== 0) return 1;
  let rc = 0;
  for (const s of present) {
    const r = spawnSync(process.execPath, [join('services', s.name, 'src', 'main.ts'), 'migrate'], { stdio: 'inherit' });
    if (r.status !== 0) rc = 1;
  }
  return rc;
}

const cmd = process.argv[2];
const run: Record<string, () => number | Promise<number>> = { up, down, status, migrate };
if (!cmd || !run[cmd]) {
  console.error(`usage: node scripts/dev.ts ${Object.keys(run).join('|')}`);
  process.exit(2);
}
process.exit(await run[cmd]!());
