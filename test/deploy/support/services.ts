/** The services of the repository (one directory each under services/) and what their code declares. */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceSpecReport } from './service-specs.ts';
import { ROOT } from './tools.ts';

export const SERVICES = readdirSync(join(ROOT, 'services'))
  .filter((d) => statSync(join(ROOT, 'services', d)).isDirectory())
  .sort();

/**
 * Runs service-specs.ts with Node 24 (the version the image runs): every service's ports, variables and peers as
 * its code declares them, and, for each given environment, whether the service's configuration accepts it.
 */
export function serviceSpecs(envs: Record<string, Record<string, string>> = {}): Record<string, ServiceSpecReport> {
  const r = spawnSync(process.execPath, [join(ROOT, 'test', 'deploy', 'support', 'service-specs.ts')], {
    cwd: ROOT,
    input: JSON.stringify(envs),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`service-specs.ts failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, ServiceSpecReport>;
}
