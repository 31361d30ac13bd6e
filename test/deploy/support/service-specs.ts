/**
 * What each service's configuration requires, read from the code, as JSON on stdout. Run with Node 24 as a
 * separate process (`node test/deploy/support/service-specs.ts`), exactly as the image runs the services, so that
 * importing a service's module.ts loads its real dependencies (no jest transform).
 *
 * For every folder in services/: with a src/module.ts, its ServiceDefinition's variables (the common
 * `serviceSpec` plus the definition's own `config`, e.g. peerSpec); without one yet, the common variables only.
 * Each variable: whether it is optional and its default. With a JSON object on stdin ({ "<service>": { VAR: value } })
 * it also reports, per service, what `loadConfig` makes of that environment (the problems it would stop on).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigError, loadConfig, serviceSpec, type Spec } from '@mallbots/config';
import { LOCAL_GRPC_PORTS, type ServiceDefinition } from '@mallbots/runtime';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface ServiceSpecReport {
  /** Whether services/<name>/src/module.ts exists (otherwise only the common variables are known). */
  module: boolean;
  grpcPort: number;
  httpPort: number;
  vars: Record<string, { optional: boolean; default: string | null }>;
  /** Problems loadConfig reports for the environment given on stdin (absent without input). */
  problems?: string[];
  /** Why the module could not be loaded. */
  error?: string;
}

function isDefinition(v: unknown): v is ServiceDefinition<Spec> {
  const d = v as Partial<ServiceDefinition<Spec>> | null;
  return (
    !!d && typeof d === 'object' && typeof d.name === 'string' && typeof d.grpcPort === 'number' && typeof d.build === 'function'
  );
}

const input = process.stdin.isTTY ? '' : readFileSync(0, 'utf8');
const envs = (input.trim() ? JSON.parse(input) : {}) as Record<string, Record<string, string>>;

const out: Record<string, ServiceSpecReport> = {};
for (const name of readdirSync(join(ROOT, 'services')).sort()) {
  const moduleFile = join(ROOT, 'services', name, 'src', 'module.ts');
  const localGrpc = (LOCAL_GRPC_PORTS as Record<string, number>)[name] ?? 0;
  let spec: Spec = serviceSpec({ grpcPort: localGrpc, httpPort: localGrpc + 100, schema: name });
  const report: ServiceSpecReport = { module: existsSync(moduleFile), grpcPort: localGrpc, httpPort: localGrpc + 100, vars: {} };
  if (report.module) {
    try {
      const mod = (await import(pathToFileURL(moduleFile).href)) as Record<string, unknown>;
      const def = Object.values(mod).find(isDefinition);
      if (!def) throw new Error('exports no ServiceDefinition');
      report.grpcPort = def.grpcPort;
      report.httpPort = def.httpPort;
      spec = { ...serviceSpec({ grpcPort: def.grpcPort, httpPort: def.httpPort, schema: def.name }), ...(def.config ?? {}) };
    } catch (err) {
      report.error = (err as Error).message;
    }
  }
  for (const [v, p] of Object.entries(spec)) {
    report.vars[v] = { optional: p.optional, default: p.defaultValue === undefined ? null : String(p.defaultValue) };
  }
  const env = envs[name];
  if (env) {
    try {
      loadConfig(spec, env);
      report.problems = [];
    } catch (err) {
      report.problems = err instanceof ConfigError ? err.problems : [(err as Error).message];
    }
  }
  out[name] = report;
}
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
// module.ts imports may leave handles (none should, but never hang a test on it)
process.exit(0);
