/**
 * The layer rules must be able to fail: a throwaway tree with a domain file importing infrastructure and a
 * service importing another service is checked with the repository's dependency-cruiser configuration.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function write(dir: string, file: string, text: string): void {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
}

describe('dependency rules (dependency-cruiser)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mallbots-layers-'));
    cpSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
    cpSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    write(dir, 'node_modules/pg/package.json', '{"name":"pg","main":"index.js"}');
    write(dir, 'node_modules/pg/index.js', 'module.exports = {};');
    write(
      dir,
      'services/alpha/src/domain/order.ts',
      "import pg from 'pg';\nimport { repo } from '../persistence/repo.ts';\nexport const x = [pg, repo];\n",
    );
    write(dir, 'services/alpha/src/persistence/repo.ts', 'export const repo = 1;\n');
    write(dir, 'services/alpha/src/application/use.ts', "import { x } from '../domain/order.ts';\nexport const y = x;\n");
    write(
      dir,
      'services/beta/src/application/steal.ts',
      "import { repo } from '../../../alpha/src/persistence/repo.ts';\nexport const z = repo;\n",
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a domain importing infrastructure and a service importing another', () => {
    const r = spawnSync(
      join(ROOT, 'node_modules/.bin/depcruise'),
      ['--config', '.dependency-cruiser.cjs', '--output-type', 'err', 'services'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    const out = r.stdout + r.stderr;
    expect(r.status).not.toBe(0);
    expect(out).toContain('domain-is-pure: services/alpha/src/domain/order.ts → node_modules/pg/index.js');
    expect(out).toContain('domain-is-pure: services/alpha/src/domain/order.ts → services/alpha/src/persistence/repo.ts');
    expect(out).toContain(
      'no-service-to-service: services/beta/src/application/steal.ts → services/alpha/src/persistence/repo.ts',
    );
    expect(out).not.toContain('services/alpha/src/application/use.ts →');
  });
});
