/**
 * charts/mallbots, offline: `helm lint --strict` and `helm template` for the default values and each documented
 * combination (charts/mallbots/ci/*-values.yaml); every rendered object validated against the Kubernetes API
 * schemas (kubernetes-models, plus unknown fields); values.schema.json and the chart's own checks reject what
 * cannot work; no credential is rendered from defaults; PodDisruptionBudgets and NetworkPolicies as documented;
 * the in-chart Jaeger configuration accepted by the pinned jaeger binary; the init container's wait script works.
 */
import { describe, it, expect, beforeAll, afterAll, jest } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CHART, combinations, find, lint, ofKind, render, renderNotes, templateText, type K8sObject } from './support/helm.ts';
import { schemaErrors, unknownFields } from './support/k8s-schema.ts';
import { BUILD_TIMEOUT_MS, helmBin, jaegerBin, ROOT } from './support/tools.ts';
import { SERVICE_NAMES } from '@mallbots/runtime/peers';

/** The services in the order of their ports, the order the chart renders them in. */
const SERVICES: readonly string[] = SERVICE_NAMES;

interface Container {
  name: string;
  command?: string[];
  env?: { name: string; value?: string; valueFrom?: Record<string, unknown> }[];
  ports?: { name?: string; containerPort: number }[];
}
interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
}
const podSpec = (o: K8sObject): PodSpec => (o.spec as { template: { spec: PodSpec } }).template.spec;

jest.setTimeout(60_000);

beforeAll(() => {
  helmBin();
}, BUILD_TIMEOUT_MS);

describe.each(combinations())('chart with $name values', ({ files }) => {
  let objs: K8sObject[];
  beforeAll(() => {
    objs = render(files);
  });

  it('passes helm lint --strict', () => {
    const r = lint(files);
    expect(r.stderr + r.stdout).toContain('0 chart(s) failed');
    expect(r.status).toBe(0);
  });

  it('renders only objects valid against the Kubernetes API schemas, without unknown fields', () => {
    expect(objs.length).toBeGreaterThan(20);
    const problems = objs.flatMap((o) => {
      const where = `${o.kind}/${o.metadata.name}`;
      return [...schemaErrors(o).map((e) => `${where}: ${e}`), ...unknownFields(o).map((f) => `${where}: unknown field ${f}`)];
    });
    expect(problems).toEqual([]);
  });

  it('renders each object once, in the release namespace', () => {
    const keys = objs.map((o) => `${o.kind}/${o.metadata.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of objs) expect(o.metadata.namespace).toBe('mallbots');
  });

  it('renders no credential: only generated Secrets, and URLs that reference their password', () => {
    for (const s of ofKind(objs, 'Secret')) {
      // generated ones only; an existing Secret is referenced, never rendered
      expect(s.metadata.annotations?.['helm.sh/resource-policy']).toBe('keep');
    }
    for (const o of objs.filter((o) => ['Deployment', 'StatefulSet', 'Job'].includes(o.kind))) {
      const spec = podSpec(o);
      for (const c of [...spec.containers, ...(spec.initContainers ?? [])]) {
        for (const e of c.env ?? []) {
          if (e.value === undefined) continue;
          // a URL's password is never a literal: $(DATABASE_PASSWORD) / $(RABBITMQ_PASSWORD) from a Secret
          const userinfo = /^[a-z]+:\/\/[^/@:]+:([^@/]+)@/.exec(e.value);
          if (userinfo) expect(userinfo[1]).toMatch(/^\$\([A-Z_]+\)$/);
          expect(e.name).not.toMatch(/PASSWORD|TOKEN|SECRET/);
        }
      }
    }
    for (const cm of ofKind(objs, 'ConfigMap')) {
      for (const v of Object.values((cm.data as Record<string, string>) ?? {}))
        expect(v).not.toMatch(/[a-z]+:\/\/[^/@\s]+:[^@/\s]+@/);
    }
  });
});

describe('the validators themselves', () => {
  const deployment = (container: Record<string, unknown>): K8sObject => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'x' },
    spec: {
      selector: { matchLabels: { a: 'b' } },
      template: { metadata: { labels: { a: 'b' } }, spec: { containers: [container] } },
    },
  });

  it('accept a valid object', () => {
    const ok = deployment({
      name: 'c',
      image: 'i',
      ports: [{ containerPort: 1 }],
      resources: { limits: { cpu: '1', memory: 1 } },
    });
    expect(schemaErrors(ok)).toEqual([]);
    expect(unknownFields(ok)).toEqual([]);
  });

  it('report a misspelt field with its path, a wrong type, a missing required field, an unknown kind', () => {
    expect(unknownFields(deployment({ name: 'c', readinessprobe: {}, ports: [{ containerport: 1 }] }))).toEqual([
      'spec.template.spec.containers[0].readinessprobe',
      'spec.template.spec.containers[0].ports[0].containerport',
    ]);
    expect(schemaErrors(deployment({ name: 'c', ports: [{ containerPort: 'http' }] })).join()).toContain('containerPort');
    expect(schemaErrors(deployment({ image: 'i' })).join()).toContain('containers/0 must have required property name');
    expect(schemaErrors({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } })).toEqual([
      expect.stringContaining('no schema for v1/Pod'),
    ]);
  });
});

describe('chart values', () => {
  it('accept what make kind-up / minikube-up / deploy install with (scripts/deploy/common.sh)', () => {
    const files = ['../../k8s/values-local.yaml'];
    const set = [
      'image.repository=mallbots',
      'image.tag=dev',
      'image.pullPolicy=IfNotPresent',
      'common.podAnnotations.mallbots/image-id=sha256:0123',
    ];
    expect(lint(files, set).status).toBe(0);
    const d = find(render(files, set), 'Deployment', 'mallbots-cosec')!;
    const template = (d.spec as { template: { metadata: { annotations: Record<string, string> }; spec: PodSpec } }).template;
    expect(template.metadata.annotations['mallbots/image-id']).toBe('sha256:0123');
    expect((template.spec.containers[0] as Container & { image: string }).image).toBe('mallbots:dev');
  });

  it('holds no credential in the default values', () => {
    const values = parse(readFileSync(join(CHART, 'values.yaml'), 'utf8')) as unknown;
    const found: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
      } else if (/(password|passwd|token|secret|apikey)$/i.test(path) && !/existingSecret$/.test(path) && v !== '') {
        found.push(`${path}=${String(v)}`);
      }
    };
    walk(values, '');
    expect(found).toEqual([]);
  });

  it('generates the in-chart passwords at random (never from values), one per install', () => {
    const a = ofKind(render(), 'Secret');
    const b = ofKind(render(), 'Secret');
    expect(a.map((s) => s.metadata.name).sort()).toEqual(['mallbots-postgresql', 'mallbots-rabbitmq']);
    for (const s of a) {
      const password = Buffer.from((s.data as Record<string, string>).password ?? '', 'base64').toString();
      expect(password).toMatch(/^[A-Za-z0-9]{32}$/);
      const other = b.find((x) => x.metadata.name === s.metadata.name)!;
      expect((other.data as Record<string, string>).password).not.toBe((s.data as Record<string, string>).password);
    }
  });

  it('renders no Secret when every credential comes from an existing Secret', () => {
    const objs = render(
      [],
      [
        'postgresql.auth.existingSecret=pg',
        'rabbitmq.auth.existingSecret=mq',
        'services.notifications.notifier=sms-gateway',
        'services.notifications.smsGateway.url=https://sms.example',
        'services.notifications.smsGateway.existingSecret=sms',
      ],
    );
    expect(ofKind(objs, 'Secret')).toEqual([]);
    const env = podSpec(find(objs, 'Deployment', 'mallbots-notifications')!).containers[0]!.env!;
    expect(env.find((e) => e.name === 'DATABASE_PASSWORD')?.valueFrom).toEqual({ secretKeyRef: { name: 'pg', key: 'password' } });
    expect(env.find((e) => e.name === 'SMS_GATEWAY_TOKEN')?.valueFrom).toEqual({ secretKeyRef: { name: 'sms', key: 'token' } });
  });

  it.each([
    ['a negative replica count', ['services.stores.replicas=-1'], "at '/services/stores/replicas'"],
    ['an unknown service', ['services.shipping.enabled=true'], "additional properties 'shipping' not allowed"],
    ['an unknown top-level key', ['postgres.enabled=false'], "additional properties 'postgres' not allowed"],
    ['an unknown peer', ['services.baskets.peers={warehouse}'], "at '/services/baskets/peers/0'"],
    ['an unknown notifier', ['services.notifications.notifier=email'], "at '/services/notifications/notifier'"],
    ['an unknown liveness probe type', ['common.probes.liveness.type=tcp'], "at '/common/probes/liveness/type'"],
    ['an unknown jaeger storage', ['jaeger.storage=cassandra'], "at '/jaeger/storage'"],
    [
      'a malformed OTLP endpoint',
      ['jaeger.enabled=false', 'telemetry.otlpEndpoint=collector:4318'],
      "at '/telemetry/otlpEndpoint'",
    ],
    ['an external database without its Secret', ['postgresql.enabled=false'], 'externalDatabase'],
    ['an external broker without its Secret', ['rabbitmq.enabled=false'], 'externalRabbitmq'],
  ])('values.schema.json rejects %s', (_what, set, message) => {
    const r = lint([], set);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain(message);
  });

  it.each([
    [
      'a service whose peer is disabled',
      ['services.stores.enabled=false'],
      'services.baskets calls stores (services.baskets.peers), but services.stores.enabled is false',
    ],
    [
      'the SMS gateway without its URL and token',
      ['services.notifications.notifier=sms-gateway'],
      'services.notifications.notifier=sms-gateway needs services.notifications.smsGateway.url and .existingSecret',
    ],
    [
      'migration Jobs with the in-chart database',
      ['migrations.mode=job'],
      "migrations.mode=job needs an external database (postgresql.enabled=false): hooks run before the chart's PostgreSQL exists",
    ],
  ])('the chart stops on %s, naming the values to change', (_what, set, message) => {
    expect(() => templateText([], set)).toThrow(message);
  });
});

describe('chart behaviour', () => {
  it('renders a PodDisruptionBudget exactly for the services with more than one replica', () => {
    expect(ofKind(render(), 'PodDisruptionBudget')).toEqual([]);
    const ha = render(['ci/ha-values.yaml']);
    expect(
      ofKind(ha, 'PodDisruptionBudget')
        .map((p) => p.metadata.name)
        .sort(),
    ).toEqual(SERVICES.map((s) => `mallbots-${s}`).sort());
    for (const pdb of ofKind(ha, 'PodDisruptionBudget')) {
      const deployment = find(ha, 'Deployment', pdb.metadata.name)!;
      const spec = pdb.spec as { maxUnavailable: number; selector: unknown };
      expect(spec.selector).toEqual((deployment.spec as { selector: unknown }).selector);
      expect(spec.maxUnavailable).toBe(1);
    }
    const one = render([], ['services.search.replicas=3']);
    expect(ofKind(one, 'PodDisruptionBudget').map((p) => p.metadata.name)).toEqual(['mallbots-search']);
  });

  it('renders no NetworkPolicy unless asked', () => {
    expect(ofKind(render(), 'NetworkPolicy')).toEqual([]);
  });

  describe('with NetworkPolicies', () => {
    let objs: K8sObject[];
    let values: { services: Record<string, { peers: string[] }> };
    beforeAll(() => {
      objs = render(['ci/networkpolicy-values.yaml']);
      values = parse(readFileSync(join(CHART, 'values.yaml'), 'utf8')) as typeof values;
    });

    type Peer = { podSelector?: { matchLabels?: Record<string, string> }; namespaceSelector?: unknown };
    type Rule = { from?: Peer[]; to?: Peer[]; ports?: { port: number; protocol: string }[] };
    type Policy = {
      podSelector: { matchLabels?: Record<string, string> };
      policyTypes: string[];
      ingress?: Rule[];
      egress?: Rule[];
    };
    const policy = (name: string): Policy => find(objs, 'NetworkPolicy', name)!.spec as Policy;
    const component = (p: Peer): string | undefined => p.podSelector?.matchLabels?.['app.kubernetes.io/component'];

    it('denies everything by default for every pod of the release', () => {
      const deny = policy('mallbots-default-deny');
      expect(deny.podSelector.matchLabels).toEqual({
        'app.kubernetes.io/name': 'mallbots',
        'app.kubernetes.io/instance': 'mallbots',
      });
      expect(deny.policyTypes).toEqual(['Ingress', 'Egress']);
      expect(deny.ingress).toBeUndefined();
      expect(deny.egress).toBeUndefined();
    });

    it('allows exactly the service-to-service calls of the peers lists, on the gRPC port', () => {
      const expected = SERVICES.flatMap((s) => values.services[s]!.peers.map((p) => `${s}->${p}`)).sort();
      const egress = SERVICES.flatMap((s) =>
        (policy(`mallbots-${s}`).egress ?? [])
          .flatMap((r) => (r.to ?? []).map((t) => ({ t, ports: r.ports })))
          .filter(({ t }) => SERVICES.includes(component(t) ?? ''))
          .map(({ t, ports }) => {
            expect(ports).toEqual([{ port: 9000, protocol: 'TCP' }]);
            return `${s}->${component(t)}`;
          }),
      ).sort();
      const ingress = SERVICES.flatMap((s) =>
        (policy(`mallbots-${s}`).ingress ?? [])
          .flatMap((r) => (r.from ?? []).map((f) => ({ f, ports: r.ports })))
          .filter(({ f }) => SERVICES.includes(component(f) ?? ''))
          .map(({ f, ports }) => {
            expect(ports).toEqual([{ port: 9000, protocol: 'TCP' }]);
            return `${component(f)}->${s}`;
          }),
      ).sort();
      expect(egress).toEqual(expected);
      expect(ingress).toEqual(expected);
    });

    it('lets every service reach DNS, PostgreSQL, RabbitMQ and Jaeger, and nothing else', () => {
      for (const s of SERVICES) {
        const egress = policy(`mallbots-${s}`).egress ?? [];
        const infra = egress
          .flatMap((r) =>
            (r.to ?? []).map((t) => `${component(t) ?? 'dns'}:${r.ports!.map((p) => `${p.port}/${p.protocol}`).join(',')}`),
          )
          .filter((x) => !SERVICES.includes(x.split(':')[0]!));
        expect(infra.sort()).toEqual(['dns:53/UDP,53/TCP', 'jaeger:4318/TCP', 'postgresql:5432/TCP', 'rabbitmq:5672/TCP']);
        for (const r of egress) expect(r.to).toBeDefined(); // no rule open to any destination
      }
    });

    it('lets only the services into PostgreSQL, RabbitMQ and Jaeger, and lets those out nowhere', () => {
      for (const [name, ports] of [
        ['postgresql', [5432]],
        ['rabbitmq', [5672]],
        ['jaeger', [4317, 4318]],
      ] as const) {
        const p = policy(`mallbots-${name}`);
        expect(p.egress).toEqual([]);
        const fromServices = p.ingress![0]!;
        expect(fromServices.ports!.map((x) => x.port)).toEqual(ports);
        const selector = fromServices.from![0]!.podSelector as { matchExpressions: { key: string; values: string[] }[] };
        expect(selector.matchExpressions[0]!.values).toEqual(SERVICES);
      }
    });

    it('opens the services to the configured clients and scrapers only', () => {
      const stores = policy('mallbots-stores');
      const external = (stores.ingress ?? []).filter((r) => (r.from ?? []).some((f) => f.namespaceSelector));
      expect(external.map((r) => r.ports!.map((p) => p.port))).toEqual([[9000], [8080]]);
    });

    it('allows egress to external infrastructure and the SMS gateway on their ports only', () => {
      const ext = render(['ci/external-values.yaml'], ['networkPolicy.enabled=true']);
      const egress = (find(ext, 'NetworkPolicy', 'mallbots-ordering')!.spec as Policy).egress!;
      expect(egress.filter((r) => !r.to).map((r) => r.ports!.map((p) => p.port))).toEqual([[5432], [5671], [4318]]);
      expect(find(ext, 'NetworkPolicy', 'mallbots-migrate')).toBeDefined();
      const sms = render(['ci/sms-gateway-values.yaml']);
      const notifications = (find(sms, 'NetworkPolicy', 'mallbots-notifications')!.spec as Policy).egress!;
      expect(notifications.filter((r) => !r.to).map((r) => r.ports!.map((p) => p.port))).toEqual([[443]]);
    });
  });

  it('runs migrations at start-up by default, and as hook Jobs before the Deployments with an external database', () => {
    const config = (objs: K8sObject[], s: string): Record<string, string> =>
      find(objs, 'ConfigMap', `mallbots-${s}`)!.data as Record<string, string>;
    const startup = render();
    expect(ofKind(startup, 'Job')).toEqual([]);
    for (const s of SERVICES) expect(config(startup, s).MIGRATE_ON_START).toBe('true');

    const ext = render(['ci/external-values.yaml']);
    const jobs = ofKind(ext, 'Job');
    expect(jobs.map((j) => j.metadata.name).sort()).toEqual(SERVICES.map((s) => `mallbots-${s}-migrate`).sort());
    for (const j of jobs) {
      expect(j.metadata.annotations?.['helm.sh/hook']).toBe('pre-install,pre-upgrade');
      const c = podSpec(j).containers[0]! as Container & { args: string[] };
      expect(c.args).toEqual(['migrate']);
      // the hook runs before the ConfigMaps and ServiceAccounts exist: it carries its own environment
      expect((podSpec(j) as PodSpec & { serviceAccountName?: string }).serviceAccountName).toBeUndefined();
      expect(c.env!.find((e) => e.name === 'DATABASE_URL')?.valueFrom).toEqual({
        secretKeyRef: { name: 'mallbots-database', key: 'database-url' },
      });
    }
    for (const s of SERVICES) expect(config(ext, s).MIGRATE_ON_START).toBe('false');
  });

  it('sends traces to the in-chart Jaeger, an external collector, or nowhere', () => {
    const endpoint = (objs: K8sObject[]): string | undefined =>
      (find(objs, 'ConfigMap', 'mallbots-ordering')!.data as Record<string, string>).OTEL_EXPORTER_OTLP_ENDPOINT;
    expect(endpoint(render())).toBe('http://mallbots-jaeger:4318');
    expect(endpoint(render(['ci/external-values.yaml']))).toBe('http://otel-collector.observability:4318');
    const off = render([], ['telemetry.enabled=false']);
    expect(endpoint(off)).toBeUndefined();
    expect((find(off, 'ConfigMap', 'mallbots-ordering')!.data as Record<string, string>).OTEL_SDK_DISABLED).toBe('true');
  });

  it.each(['badger', 'memory'])('renders a Jaeger configuration the pinned jaeger accepts (%s storage)', (storage) => {
    const jaeger = jaegerBin();
    const cm = find(render([], [`jaeger.storage=${storage}`]), 'ConfigMap', 'mallbots-jaeger')!;
    const dir = mkdtempSync(join(tmpdir(), 'jaeger-config-'));
    try {
      const file = join(dir, 'config.yaml');
      writeFileSync(file, (cm.data as Record<string, string>)['config.yaml']!);
      const r = spawnSync(jaeger, ['validate', `--config=${file}`], { encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr).not.toMatch(/error|invalid/i);
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("the services' wait-for-dependencies init container", () => {
    let script: string;
    let server: Server;
    let port: number;
    beforeAll(async () => {
      const init = podSpec(find(render(), 'Deployment', 'mallbots-ordering')!).initContainers![0]!;
      expect(init.command!.slice(0, 2)).toEqual(['node', '-e']);
      script = init.command![2]!;
      server = createServer((s) => s.destroy());
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as { port: number }).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const run = (env: Record<string, string>, ms: number): Promise<{ code: number | null; out: string }> =>
      new Promise((resolve) => {
        // the image's working directory is /app, a "type": "module" package, like the repository root
        const child = spawn(process.execPath, ['-e', script], { env: { PATH: process.env['PATH'] ?? '', ...env }, cwd: CHART });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        const timer = setTimeout(() => child.kill('SIGTERM'), ms);
        child.on('exit', (code) => {
          clearTimeout(timer);
          resolve({ code, out });
        });
      });

    it('exits 0 once both addresses accept connections, printing no credentials', async () => {
      const r = await run(
        { DATABASE_URL: `postgres://u:s3cret@127.0.0.1:${port}/mallbots`, RABBITMQ_URL: `amqp://u:s3cret@localhost:${port}` },
        10_000,
      );
      expect(r.out).toContain(`DATABASE_URL (127.0.0.1:${port}) accepts connections`);
      expect(r.out).toContain(`RABBITMQ_URL (localhost:${port}) accepts connections`);
      expect(r.out).not.toContain('s3cret');
      expect(r.code).toBe(0);
    });

    it('keeps waiting while an address refuses connections', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const closedPort = (closed.address() as { port: number }).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const r = await run(
        { DATABASE_URL: `postgres://127.0.0.1:${closedPort}/mallbots`, RABBITMQ_URL: `amqp://127.0.0.1:${port}` },
        3_000,
      );
      expect(r.out).toContain(`waiting for DATABASE_URL (127.0.0.1:${closedPort})`);
      expect(r.code).toBeNull(); // still waiting when killed
    });
  });
});

describe('what users are told to run', () => {
  it('NOTES.txt: port-forward every service, a grpcurl checkout, the trace in Jaeger', () => {
    const notes = renderNotes();
    for (const s of SERVICES) expect(notes).toContain(`${s}:`);
    expect(notes).toContain('kubectl -n mallbots port-forward svc/mallbots-${s%%:*} ${s##*:}:9000');
    expect(notes).toContain('port-forward svc/mallbots-jaeger 16686:16686');
    expect(notes).toContain('mallbots.baskets.v1.BasketService/CheckoutBasket');
    expect(notes).toContain('http://localhost:16686/trace/$TRACE');
    const external = renderNotes(['ci/external-values.yaml']);
    expect(external).not.toContain('16686');
    expect(external).toContain('Traces go to http://otel-collector.observability:4318');
  });

  it.each(['charts/mallbots/templates/NOTES.txt', 'scripts/deploy/demo.sh', 'docs/deploy.md'])(
    '%s calls only gRPC methods and request fields that exist in proto/',
    (file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const calls = [...text.matchAll(/mallbots\.([a-z]+)\.v1\.([A-Za-z]+)\/([A-Za-z]+)/g)];
      expect(calls.length).toBeGreaterThanOrEqual(8);
      const protos = new Map<string, string>();
      const proto = (svc: string): string => {
        if (!protos.has(svc)) protos.set(svc, readFileSync(join(ROOT, 'proto', 'mallbots', svc, 'v1', 'api.proto'), 'utf8'));
        return protos.get(svc)!;
      };
      for (const [call, svc, service, method] of calls) {
        const api = proto(svc!);
        const body = new RegExp(`service ${service} \\{([^}]*)\\}`).exec(api)?.[1] ?? '';
        expect({ call, exists: new RegExp(`rpc ${method}\\(`).test(body) }).toEqual({ call, exists: true });
      }
      // JSON keys of the -d payloads (escaped or not) are fields of some request message
      const allProtos = [...new Set(calls.map((c) => c[1]!))].map(proto).join('\n');
      const keys = new Set([...text.matchAll(/\\?"([a-z_]+)\\?":/g)].map((m) => m[1]!));
      expect([...keys]).toEqual(expect.arrayContaining(['customer_id', 'payment_id', 'product_id', 'quantity']));
      for (const key of keys) {
        expect({ key, field: new RegExp(`\\b${key} = \\d+;`).test(allProtos) }).toEqual({ key, field: true });
      }
    },
  );
});
