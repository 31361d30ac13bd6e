/**
 * The chart against the code, for the default values and each documented combination: every service in
 * services/ has a Deployment, Service, ServiceAccount and ConfigMap; ports match the service's configuration; every
 * variable its configuration requires, or whose default would point a pod at itself (127.0.0.1), is set, and the
 * whole rendered environment passes the service's own `loadConfig`; the peers the chart wires and the
 * NetworkPolicies allow are exactly the `<PEER>_GRPC_ADDR` variables the code declares; probes point at the gRPC
 * health service; no container runs as root or can escalate. docs/configuration.md lists exactly the variables
 * the services read, with their defaults.
 *
 * The services' variables are read from the code (test/deploy/support/service-specs.ts, run with Node 24), not
 * listed here, so a variable added to a service without a default fails this test until the chart sets it.
 */
import { describe, it, expect, beforeAll, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CHART, combinations, find, ofKind, render, type K8sObject } from './support/helm.ts';
import type { ServiceSpecReport } from './support/service-specs.ts';
import { SERVICES, serviceSpecs } from './support/services.ts';
import { BUILD_TIMEOUT_MS, helmBin, ROOT } from './support/tools.ts';

jest.setTimeout(60_000);

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; fieldRef?: { fieldPath: string } };
}
interface Probe {
  grpc?: { port: number; service?: string };
  httpGet?: { path: string; port: number | string };
}
interface SecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  allowPrivilegeEscalation?: boolean;
  privileged?: boolean;
  readOnlyRootFilesystem?: boolean;
  capabilities?: { drop?: string[]; add?: string[] };
  seccompProfile?: { type: string };
}
interface Container {
  name: string;
  image: string;
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string } }[];
  ports?: { name: string; containerPort: number }[];
  startupProbe?: Probe;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  securityContext?: SecurityContext;
}
interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  securityContext?: SecurityContext;
  serviceAccountName?: string;
  automountServiceAccountToken?: boolean;
}
const podSpec = (o: K8sObject): PodSpec => (o.spec as { template: { spec: PodSpec } }).template.spec;
const podLabels = (o: K8sObject): Record<string, string> =>
  (o.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;

/** Placeholder for a value that comes from a Secret: URL-safe, like the generated passwords. */
const SECRET = 'Secret0fTheCluster';

/** The environment a container starts with: ConfigMap (envFrom), then env in order, $(VAR) expanded as the kubelet does. */
function effectiveEnv(objs: K8sObject[], c: Container): Record<string, string> {
  const env: Record<string, string> = {};
  for (const from of c.envFrom ?? []) {
    const cm = find(objs, 'ConfigMap', from.configMapRef!.name);
    if (!cm) throw new Error(`${c.name}: envFrom names a missing ConfigMap ${from.configMapRef!.name}`);
    Object.assign(env, cm.data as Record<string, string>);
  }
  for (const e of c.env ?? []) {
    if (e.value !== undefined) env[e.name] = e.value.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, v: string) => env[v] ?? m);
    else if (e.valueFrom?.secretKeyRef) env[e.name] = e.name.endsWith('_URL') ? secretUrl(e.name) : SECRET;
    else if (e.valueFrom?.fieldRef) env[e.name] = 'from-the-pod';
  }
  return env;
}

/** What an external Secret's URL holds (ci/external-values.yaml describes them). */
function secretUrl(name: string): string {
  if (name === 'DATABASE_URL') return `postgres://mallbots:${SECRET}@db.example:5432/mallbots`;
  if (name === 'RABBITMQ_URL') return `amqps://mallbots:${SECRET}@mq.example:5671`;
  return `https://${name.toLowerCase()}.example`;
}

const chartValues = parse(readFileSync(join(CHART, 'values.yaml'), 'utf8')) as { services: Record<string, { peers: string[] }> };

beforeAll(() => {
  helmBin();
}, BUILD_TIMEOUT_MS);

describe('services and chart', () => {
  let specs: Record<string, ServiceSpecReport>;
  beforeAll(() => {
    specs = serviceSpecs();
  });

  it('the chart knows exactly the services in services/ (the nine of ARCHITECTURE.md)', () => {
    expect(SERVICES).toEqual([
      'baskets',
      'cosec',
      'customers',
      'depot',
      'notifications',
      'ordering',
      'payments',
      'search',
      'stores',
    ]);
    expect(Object.keys(chartValues.services).sort()).toEqual(SERVICES);
    const helpers = readFileSync(join(CHART, 'templates', '_helpers.tpl'), 'utf8');
    const listed = /define "mallbots\.serviceNames" -}}\n(.*)\n/.exec(helpers)![1]!.split(' ');
    expect([...listed].sort()).toEqual(SERVICES);
  });

  it('every service module loads (where one exists), so its configuration is known', () => {
    for (const s of SERVICES) expect({ service: s, error: specs[s]!.error }).toEqual({ service: s, error: undefined });
  });

  it('docs/configuration.md lists every variable the services read, with its default, and no other', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'configuration.md'), 'utf8');
    // table rows whose cells name a variable: | `VAR` | default | … or | service(s) | `VAR` | default | …
    const rows = new Map<string, { services: string | undefined; default: string }>();
    for (const line of doc.split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      const at = cells.findIndex((c) => /^`[A-Z][A-Z0-9_]+`$/.test(c));
      if (!line.startsWith('|') || at < 1 || at > 2) continue;
      rows.set(cells[at]!.slice(1, -1), { services: at === 2 ? cells[1] : undefined, default: cells[at + 1]! });
    }
    // per-service defaults (ports, schema) are described, not quoted
    const perService = new Set(['GRPC_PORT', 'HTTP_PORT', 'DATABASE_SCHEMA']);
    const inCode = new Map<string, string[]>();
    for (const s of SERVICES) {
      for (const [name, v] of Object.entries(specs[s]!.vars)) {
        inCode.set(name, [...(inCode.get(name) ?? []), s]);
        const row = rows.get(name);
        expect({ service: s, variable: name, listed: row !== undefined }).toEqual({ service: s, variable: name, listed: true });
        if (perService.has(name)) continue;
        const documented = row!.default === '(none)' ? null : row!.default.replace(/^`|`$/g, '');
        expect({ variable: name, default: documented }).toEqual({ variable: name, default: v.default });
      }
    }
    for (const [name, row] of rows) {
      const readers = (inCode.get(name) ?? []).sort();
      const listed = row.services === undefined ? SERVICES : row.services.split(/,\s*/).sort();
      expect({ variable: name, services: listed }).toEqual({ variable: name, services: readers });
    }
  });

  it('wires exactly the peers each service declares in code (peerSpec: <PEER>_GRPC_ADDR)', () => {
    for (const s of SERVICES) {
      if (!specs[s]!.module) continue; // no module.ts yet: nothing to compare with
      const inCode = Object.keys(specs[s]!.vars)
        .filter((v) => v.endsWith('_GRPC_ADDR'))
        .map((v) => v.replace(/_GRPC_ADDR$/, '').toLowerCase())
        .sort();
      expect({ service: s, peers: [...chartValues.services[s]!.peers].sort() }).toEqual({ service: s, peers: inCode });
    }
  });
});

describe.each(combinations())('chart with $name values, against the services', ({ files }) => {
  let objs: K8sObject[];
  let specs: Record<string, ServiceSpecReport>;
  let envs: Record<string, Record<string, string>>;
  beforeAll(() => {
    objs = render(files);
    envs = {};
    for (const s of SERVICES) {
      const d = find(objs, 'Deployment', `mallbots-${s}`);
      if (d) envs[s] = effectiveEnv(objs, podSpec(d).containers[0]!);
    }
    specs = serviceSpecs(envs);
  });

  it.each(SERVICES)('%s has a Deployment, Service, ServiceAccount and ConfigMap that fit together', (s) => {
    const name = `mallbots-${s}`;
    const deployment = find(objs, 'Deployment', name)!;
    expect(deployment).toBeDefined();
    const spec = podSpec(deployment);
    expect(spec.serviceAccountName).toBe(name);
    expect(spec.automountServiceAccountToken).toBe(false);
    expect(find(objs, 'ServiceAccount', name)?.automountServiceAccountToken).toBe(false);
    expect(find(objs, 'ConfigMap', name)).toBeDefined();

    const c = spec.containers[0]!;
    expect(c.name).toBe(s);
    expect(spec.containers).toHaveLength(1);
    const ports = Object.fromEntries((c.ports ?? []).map((p) => [p.name, p.containerPort]));
    expect(ports).toEqual({ grpc: 9000, http: 8080 });

    const service = find(objs, 'Service', name)!;
    const svcSpec = service.spec as {
      selector: Record<string, string>;
      ports: { name: string; port: number; targetPort: string }[];
    };
    for (const [k, v] of Object.entries(svcSpec.selector)) expect(podLabels(deployment)[k]).toBe(v);
    expect(svcSpec.ports.map((p) => [p.name, p.port, ports[p.targetPort]])).toEqual([
      ['grpc', 9000, 9000],
      ['http', 8080, 8080],
    ]);
    // no other Deployment's pods match the Service's selector
    const matching = ofKind(objs, 'Deployment').filter((d) =>
      Object.entries(svcSpec.selector).every(([k, v]) => podLabels(d)[k] === v),
    );
    expect(matching.map((d) => d.metadata.name)).toEqual([name]);
  });

  it.each(SERVICES)('%s gets every variable it requires, and its configuration loads', (s) => {
    const env = envs[s]!;
    const spec = specs[s]!;
    expect(env.SERVICE).toBe(s);
    // the ports the service listens on are the container's ports
    expect([env.GRPC_PORT, env.HTTP_PORT]).toEqual(['9000', '8080']);
    expect(env.GRPC_HOST).toBe('0.0.0.0');
    const mustSet = Object.entries(spec.vars)
      .filter(([, v]) => (v.default === null && !v.optional) || /127\.0\.0\.1|localhost/.test(v.default ?? ''))
      .map(([name]) => name);
    expect(mustSet).toEqual(expect.arrayContaining(['DATABASE_URL', 'RABBITMQ_URL']));
    const missing = mustSet.filter((v) => env[v] === undefined || env[v] === '');
    expect({ service: s, missing }).toEqual({ service: s, missing: [] });
    expect({ service: s, problems: spec.problems }).toEqual({ service: s, problems: [] });
    // nothing points a pod at itself
    for (const [k, v] of Object.entries(env)) {
      if (!['GRPC_HOST', 'HTTP_HOST'].includes(k)) expect(`${k}=${v}`).not.toMatch(/127\.0\.0\.1|localhost|0\.0\.0\.0/);
    }
  });

  it.each(SERVICES)("%s reaches each peer through the peer's Service on the gRPC port", (s) => {
    const env = envs[s]!;
    for (const peer of chartValues.services[s]!.peers) {
      const addr = env[`${peer.toUpperCase()}_GRPC_ADDR`];
      expect(addr).toBe(`mallbots-${peer}:9000`);
      const svc = find(objs, 'Service', `mallbots-${peer}`)!;
      expect((svc.spec as { ports: { name: string; port: number }[] }).ports).toContainEqual(
        expect.objectContaining({ name: 'grpc', port: 9000 }),
      );
    }
  });

  it.each(SERVICES)('%s is probed on grpc.health.v1 (startup, readiness) and /livez (liveness)', (s) => {
    const c = podSpec(find(objs, 'Deployment', `mallbots-${s}`)!).containers[0]!;
    // grpc probes ask the overall health (service ""), which the runtime sets from the database and the broker
    expect(c.startupProbe?.grpc).toEqual({ port: 9000 });
    expect(c.readinessProbe?.grpc).toEqual({ port: 9000 });
    expect(c.livenessProbe?.httpGet).toEqual({ path: '/livez', port: 'http' });
  });

  it('runs no container as root, none privileged or able to escalate, services on a read-only root filesystem', () => {
    const workloads = objs.filter((o) => ['Deployment', 'StatefulSet', 'Job'].includes(o.kind));
    expect(workloads.length).toBeGreaterThan(0);
    for (const w of workloads) {
      const spec = podSpec(w);
      const where = `${w.kind}/${w.metadata.name}`;
      expect({ where, runAsNonRoot: spec.securityContext?.runAsNonRoot }).toEqual({ where, runAsNonRoot: true });
      expect(spec.securityContext?.runAsUser).toBeGreaterThan(0);
      expect(spec.securityContext?.seccompProfile).toEqual({ type: 'RuntimeDefault' });
      for (const c of [...spec.containers, ...(spec.initContainers ?? [])]) {
        const sc = c.securityContext ?? {};
        expect({ where, container: c.name, sc: { ...sc, readOnlyRootFilesystem: undefined } }).toEqual({
          where,
          container: c.name,
          sc: expect.objectContaining({ allowPrivilegeEscalation: false, privileged: false, capabilities: { drop: ['ALL'] } }),
        });
        expect(sc.runAsUser ?? spec.securityContext?.runAsUser).not.toBe(0);
        if (w.kind !== 'StatefulSet')
          expect({ where, container: c.name, readOnly: sc.readOnlyRootFilesystem }).toEqual({
            where,
            container: c.name,
            readOnly: true,
          });
      }
    }
  });

  it('runs every service container and its init container from the one MallBots image', () => {
    const images = new Set(
      ofKind(objs, 'Deployment').flatMap((d) =>
        [...podSpec(d).containers, ...(podSpec(d).initContainers ?? [])].map((c) => c.image),
      ),
    );
    expect([...images]).toEqual(['mallbots:0.1.0']);
  });
});
