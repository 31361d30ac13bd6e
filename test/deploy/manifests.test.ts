/**
 * k8s/manifests/mallbots.yaml, the plain manifests for kubectl-only users, is what the chart renders with
 * k8s/manifests/values.yaml (scripts/deploy/render-manifests.sh): after a chart change, `make k8s-manifests`.
 */
import { describe, it, expect, beforeAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ofKind, parseDocuments } from './support/helm.ts';
import { schemaErrors, unknownFields } from './support/k8s-schema.ts';
import { BUILD_TIMEOUT_MS, helmBin, ROOT } from './support/tools.ts';

const FILE = join(ROOT, 'k8s', 'manifests', 'mallbots.yaml');

beforeAll(() => {
  helmBin();
}, BUILD_TIMEOUT_MS);

describe('k8s/manifests', () => {
  it('match the chart (run `make k8s-manifests` after changing the chart)', () => {
    const r = spawnSync('bash', [join(ROOT, 'scripts', 'deploy', 'render-manifests.sh'), '--stdout'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(FILE, 'utf8') === r.stdout ? 'in sync' : 'stale: run make k8s-manifests').toBe('in sync');
  }, 30_000);

  it('are valid, namespaced, and render no Secret (users create them, see k8s/README.md)', () => {
    const objs = parseDocuments(readFileSync(FILE, 'utf8'));
    expect(ofKind(objs, 'Deployment')).toHaveLength(9);
    expect(ofKind(objs, 'Secret')).toEqual([]);
    for (const o of objs) {
      expect(o.metadata.namespace).toBe('mallbots');
      expect([...schemaErrors(o), ...unknownFields(o)]).toEqual([]);
    }
    const readme = readFileSync(join(ROOT, 'k8s', 'README.md'), 'utf8');
    for (const secret of ['mallbots-postgresql', 'mallbots-rabbitmq']) expect(readme).toContain(secret);
  }, 30_000);
});
