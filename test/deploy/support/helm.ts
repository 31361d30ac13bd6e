/**
 * helm for the tests: lint and template the chart with a set of values files, and parse what it renders.
 *
 * KUBE_VERSION: `helm template` has no cluster to ask, and a helm built with `go install` (no release ldflags)
 * assumes Kubernetes 1.20, below the chart's kubeVersion; so every offline call names the version it renders for.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { helmBin, ROOT } from './tools.ts';

export const CHART = join(ROOT, 'charts', 'mallbots');
export const KUBE_VERSION = '1.31.0';
export const RELEASE = 'mallbots';
export const NAMESPACE = 'mallbots';

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: unknown;
}

export interface Combination {
  /** A name for test titles. */
  name: string;
  /** Values files layered on the chart's defaults, relative to the chart. */
  files: string[];
}

/** The default values and each documented combination (charts/mallbots/ci/*-values.yaml). */
export function combinations(): Combination[] {
  const ci = readdirSync(join(CHART, 'ci'))
    .filter((f) => f.endsWith('-values.yaml'))
    .sort()
    .map((f) => ({ name: f.replace(/-values\.yaml$/, ''), files: [join('ci', f)] }));
  return [{ name: 'default', files: [] }, ...ci];
}

export interface HelmResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function helm(args: string[]): HelmResult {
  const r = spawnSync(helmBin(), args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function valuesArgs(files: string[], set: string[]): string[] {
  return [...files.flatMap((f) => ['-f', join(CHART, f)]), ...set.flatMap((s) => ['--set', s])];
}

export function lint(files: string[] = [], set: string[] = []): HelmResult {
  return helm(['lint', '--strict', CHART, '--kube-version', KUBE_VERSION, ...valuesArgs(files, set)]);
}

/** `helm template` as plain text (throws with helm's message on failure). */
export function templateText(files: string[] = [], set: string[] = [], extra: string[] = []): string {
  const r = helm([
    'template',
    RELEASE,
    CHART,
    '--namespace',
    NAMESPACE,
    '--kube-version',
    KUBE_VERSION,
    ...valuesArgs(files, set),
    ...extra,
  ]);
  if (r.status !== 0) throw new Error(`helm template failed: ${r.stderr}`);
  return r.stdout;
}

/** `helm template` parsed into objects (hooks included). */
export function render(files: string[] = [], set: string[] = []): K8sObject[] {
  return parseDocuments(templateText(files, set));
}

export function parseDocuments(text: string): K8sObject[] {
  const out: K8sObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) throw new Error(`invalid YAML rendered: ${doc.errors.map((e) => e.message).join('; ')}`);
    const obj = doc.toJS() as K8sObject | null;
    if (obj) out.push(obj);
  }
  return out;
}

export function find(objs: K8sObject[], kind: string, name: string): K8sObject | undefined {
  return objs.find((o) => o.kind === kind && o.metadata.name === name);
}

export function ofKind(objs: K8sObject[], kind: string): K8sObject[] {
  return objs.filter((o) => o.kind === kind);
}

/**
 * NOTES.txt as `helm install` would print it. `helm template` never renders NOTES.txt, so a copy of the chart
 * renders it through `tpl` into a ConfigMap.
 */
export function renderNotes(files: string[] = [], set: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'mallbots-notes-'));
  try {
    const chart = join(dir, 'mallbots');
    cpSync(CHART, chart, { recursive: true });
    renameSync(join(chart, 'templates', 'NOTES.txt'), join(chart, 'notes.txt'));
    writeFileSync(
      join(chart, 'templates', 'notes-configmap.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes\ndata:\n  notes: {{ tpl (.Files.Get "notes.txt") . | quote }}\n',
    );
    const args = [...files.flatMap((f) => ['-f', join(CHART, f)]), ...set.flatMap((s) => ['--set', s])];
    const r = helm([
      'template',
      RELEASE,
      chart,
      '--namespace',
      NAMESPACE,
      '--kube-version',
      KUBE_VERSION,
      '--show-only',
      'templates/notes-configmap.yaml',
      ...args,
    ]);
    if (r.status !== 0) throw new Error(`rendering NOTES.txt failed: ${r.stderr}`);
    return (parseDocuments(r.stdout)[0]!.data as { notes: string }).notes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
