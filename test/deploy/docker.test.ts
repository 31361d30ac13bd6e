/**
 * The container image and the compose file, without Docker:
 * - docker/Dockerfile linted (dockerfile-utils, every rule an error) and checked for what the image must be: the
 *   official Node image of package.json's major version, `npm ci --omit=dev` from the lock file, non-root numeric
 *   user, tini as PID 1, the service's ports;
 * - .dockerignore evaluated on the repository's files: the build context holds what the services read at run time
 *   (sources, migrations, proto/, package files) and no tests, node_modules or local state;
 * - every package the shipped code imports is a production dependency (the image installs no others);
 * - docker/entrypoint.sh runs `node services/$SERVICE/src/main.ts "$@"` and refuses a missing or unknown SERVICE;
 * - docker/compose.yaml loaded by the Compose Specification's own loader (test/deploy/compose-check), then checked
 *   against the code: ports of ARCHITECTURE.md §8, peers, health checks and start order, and each service's
 *   environment accepted by its own loadConfig.
 */
import { describe, it, expect, beforeAll, afterAll, jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { validate, ValidationSeverity, type ValidatorSettings } from 'dockerfile-utils';
import { parse } from 'yaml';
import { SERVICE_PROCESS_ENV } from '@mallbots/runtime/memory';
import type { ServiceSpecReport } from './support/service-specs.ts';
import { SERVICES, serviceSpecs } from './support/services.ts';
import { BUILD_TIMEOUT_MS, composeCheckBin, ROOT } from './support/tools.ts';

jest.setTimeout(60_000);

const read = (f: string): string => readFileSync(join(ROOT, f), 'utf8');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; dependencies: Record<string, string> };
/** A Dockerfile's instructions: continuation lines joined, comments and parser directives dropped. */
interface Instruction {
  keyword: string;
  args: string;
  line: number;
  stage: string;
}
function instructionsOf(text: string): Instruction[] {
  const out: Instruction[] = [];
  let stage = '';
  let pending: { text: string; line: number } | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    if (pending && line.startsWith('#')) return; // comment inside a continued instruction
    const part = line.endsWith('\\') ? line.slice(0, -1) : line;
    pending = pending ? { ...pending, text: `${pending.text} ${part}` } : { text: part, line: i + 1 };
    if (line.endsWith('\\')) return;
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/s.exec(pending.text.replace(/\s+/g, ' ').trim()) ?? [];
    if (keyword.toUpperCase() === 'FROM') stage = /\bAS\s+(\S+)$/i.exec(args)?.[1] ?? '';
    out.push({ keyword: keyword.toUpperCase(), args, line: pending.line, stage });
    pending = undefined;
  });
  return out;
}

describe('docker/Dockerfile', () => {
  const text = read('docker/Dockerfile');
  const instructions = instructionsOf(text);
  const stageOf = (name: string): Instruction[] => instructions.filter((x) => x.stage === name);
  const args = (x: Instruction): string => x.args;

  it('passes the linter with every rule as an error', () => {
    const all = ValidationSeverity.ERROR;
    const settings: ValidatorSettings = {
      deprecatedMaintainer: all,
      directiveCasing: all,
      emptyContinuationLine: all,
      instructionCasing: all,
      instructionCmdMultiple: all,
      instructionEntrypointMultiple: all,
      instructionHealthcheckMultiple: all,
      instructionJSONInSingleQuotes: all,
      instructionWorkdirRelative: all,
    };
    expect(validate(text, settings).map((d) => `line ${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it("builds on the official slim Node image of package.json's engines", () => {
    const major = /^>=(\d+)/.exec(pkg.engines.node)![1];
    const arg = instructions.find((x) => x.keyword === 'ARG' && args(x).startsWith('NODE_IMAGE='))!;
    expect(args(arg)).toMatch(new RegExp(`^NODE_IMAGE=node:${major}-bookworm-slim$`));
    expect(instructions.filter((x) => x.keyword === 'FROM').map(args)).toEqual([
      '${NODE_IMAGE} AS manifests',
      '${NODE_IMAGE} AS deps',
      '${NODE_IMAGE} AS runtime',
    ]);
  });

  it('installs exactly the locked production dependencies', () => {
    expect(stageOf('manifests').some((x) => x.keyword === 'COPY' && args(x).includes('package-lock.json'))).toBe(true);
    const install = stageOf('deps').filter((x) => x.keyword === 'RUN' && /\bnpm\b/.test(args(x)));
    expect(install).toHaveLength(1);
    expect(args(install[0]!)).toMatch(/npm ci --omit=dev/);
    expect(text).not.toMatch(/npm install/);
  });

  it('runs as a non-root numeric user under tini, on ports 9000 and 8080, with a health check', () => {
    const runtime = stageOf('runtime');
    const users = runtime.filter((x) => x.keyword === 'USER');
    expect(users).toHaveLength(1);
    const [uid] = args(users[0]!).split(':');
    expect(Number(uid)).toBeGreaterThan(0);
    const entrypoint = runtime.find((x) => x.keyword === 'ENTRYPOINT')!;
    expect(JSON.parse(args(entrypoint))).toEqual(['/usr/bin/tini', '--', '/usr/local/bin/mallbots-entrypoint']);
    expect(runtime.some((x) => x.keyword === 'RUN' && /apt-get install .*\btini\b/.test(args(x)))).toBe(true);
    expect(args(runtime.find((x) => x.keyword === 'EXPOSE')!)).toBe('9000 8080');
    const env = runtime
      .filter((x) => x.keyword === 'ENV')
      .map(args)
      .join(' ');
    expect(env).toMatch(/GRPC_PORT=9000/);
    expect(env).toMatch(/HTTP_PORT=8080/);
    expect(runtime.some((x) => x.keyword === 'HEALTHCHECK' && args(x).includes('/readyz'))).toBe(true);
    // USER comes after every COPY and RUN: nothing the service runs can change its own files
    for (const x of runtime.filter((i) => ['COPY', 'RUN', 'ADD'].includes(i.keyword)))
      expect(x.line).toBeLessThan(users[0]!.line);
  });

  it('ships what the services read at run time, copied into the runtime stage', () => {
    const copies = stageOf('runtime')
      .filter((x) => x.keyword === 'COPY' && !args(x).startsWith('--from'))
      .map((x) => args(x).split(/\s+/)[0]);
    expect(copies).toEqual(expect.arrayContaining(['package.json', 'proto', 'lib', 'services', 'docker/entrypoint.sh']));
    expect(copies).not.toContain('.');
  });

  it('starts the services with the memory settings of lib/runtime (SERVICE_PROCESS_ENV)', () => {
    const env = new Map<string, string>();
    for (const x of stageOf('runtime').filter((i) => i.keyword === 'ENV'))
      for (const [, k, v] of args(x).matchAll(/(\w+)=(\S+)/g)) env.set(k!, v!);
    for (const [k, v] of Object.entries(SERVICE_PROCESS_ENV)) expect([k, env.get(k)]).toEqual([k, v]);
  });
});

describe('.dockerignore', () => {
  /** Docker's rules: patterns in order, the last that matches a path or one of its parents decides; `!` re-includes. */
  const rules = read('.dockerignore')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const negate = l.startsWith('!');
      const glob = (negate ? l.slice(1) : l).replace(/^\/+|\/+$/g, '');
      const re = glob
        .split('/')
        .map((part) =>
          part === '**'
            ? '.*'
            : part
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '[^/]*')
                .replace(/\?/g, '[^/]'),
        )
        .join('/')
        .replace(/\.\*\//g, '(?:.*/)?');
      return { negate, re: new RegExp(`^${re}$`) };
    });
  const included = (path: string): boolean => {
    const parts = path.split('/');
    const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let keep = true;
    for (const r of rules) if (candidates.some((c) => r.re.test(c))) keep = r.negate;
    return keep;
  };
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean);

  it('sends the sources, migrations, contracts and package files', () => {
    const needed = files.filter(
      (f) =>
        /^(lib|services)\/[^/]+\/(package\.json|src\/.*|migrations\/.*)$/.test(f) ||
        f.startsWith('proto/') ||
        ['package.json', 'package-lock.json', 'docker/entrypoint.sh'].includes(f),
    );
    expect(needed.length).toBeGreaterThan(50);
    expect(needed.filter((f) => !included(f) && !/\.test\.ts$/.test(f))).toEqual([]);
  });

  it('leaves out tests, benchmarks, installed packages, tools and everything else', () => {
    const sent = files.filter(included);
    expect(sent.filter((f) => /(^|\/)(test|bench|node_modules)\//.test(f) || /\.test\.ts$/.test(f))).toEqual([]);
    expect(
      sent.filter(
        (f) => !/^(lib|services|proto)\//.test(f) && !['package.json', 'package-lock.json', 'docker/entrypoint.sh'].includes(f),
      ),
    ).toEqual([]);
    for (const local of [
      'node_modules/yaml/package.json',
      '.tools/bin/helm',
      '.git/HEAD',
      'lib/am/node_modules/x/index.js',
      '.run/logs/a.log',
    ]) {
      expect({ local, included: included(local) }).toEqual({ local, included: false });
    }
  });
});

describe('the code the image ships', () => {
  it('imports only production dependencies, Node built-ins and workspace packages', () => {
    const shipped: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && e.name !== 'testing.ts') shipped.push(p);
      }
    };
    for (const top of ['lib', 'services']) {
      for (const d of readdirSync(join(ROOT, top))) {
        for (const sub of ['src', 'migrations']) {
          const dir = join(ROOT, top, d, sub);
          if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir);
        }
      }
    }
    expect(shipped.length).toBeGreaterThan(50);
    const bad: string[] = [];
    const specifier =
      /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
    for (const file of shipped) {
      for (const m of readFileSync(file, 'utf8').matchAll(specifier)) {
        const spec = m[1] ?? m[2]!;
        if (spec.startsWith('.') || spec.startsWith('node:') || spec.startsWith('@mallbots/')) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!(name in pkg.dependencies)) bad.push(`${relative(ROOT, file).split(sep).join('/')}: ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('docker/entrypoint.sh', () => {
  let dir: string;
  beforeAll(() => {
    // a stand-in `node` that prints what it was asked to run
    dir = mkdtempSync(join(tmpdir(), 'entrypoint-'));
    writeFileSync(join(dir, 'node'), '#!/bin/sh\necho "node $*"\n');
    chmodSync(join(dir, 'node'), 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (env: Record<string, string>, args: string[] = []) =>
    spawnSync('sh', [join(ROOT, 'docker', 'entrypoint.sh'), ...args], {
      env: { PATH: `${dir}:/usr/bin:/bin`, MALLBOTS_APP_DIR: ROOT, ...env },
      encoding: 'utf8',
    });

  it('starts the service named by SERVICE, passing the arguments on (migrate)', () => {
    const r = run({ SERVICE: 'ordering' }, ['migrate']);
    expect(r.stdout.trim()).toBe(`node ${ROOT}/services/ordering/src/main.ts migrate`);
    expect(r.status).toBe(0);
  });

  it.each([
    ['missing', {}, 'SERVICE is not set'],
    ['unknown', { SERVICE: 'shipping' }, 'SERVICE=shipping is not a service of this image'],
    ['a path', { SERVICE: '../lib' }, 'is not a service of this image'],
  ])('refuses a %s SERVICE, listing the services', (_what, env, message) => {
    const r = run(env);
    expect(r.status).toBe(64);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('ordering');
  });
});

describe('docker/compose.yaml', () => {
  interface ComposeService {
    image?: string;
    build?: { context: string; dockerfile: string };
    environment?: Record<string, string>;
    ports?: { target: number; published: string; host_ip?: string }[];
    depends_on?: Record<string, { condition: string }>;
    healthcheck?: { test: string[] };
    read_only?: boolean;
    cap_drop?: string[];
  }
  let project: { name: string; services: Record<string, ComposeService> };
  let specs: Record<string, ServiceSpecReport>;
  const chart = parse(read('charts/mallbots/values.yaml')) as Record<string, { image?: { repository: string; tag: string } }>;

  beforeAll(() => {
    const r = spawnSync(composeCheckBin(), [join(ROOT, 'docker', 'compose.yaml')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`compose-check: ${r.stderr}`);
    project = JSON.parse(r.stdout) as typeof project;
    const envs = Object.fromEntries(SERVICES.map((s) => [s, project.services[s]?.environment ?? {}]));
    specs = serviceSpecs(envs);
  }, BUILD_TIMEOUT_MS);

  it('is valid for the Compose Specification and holds the infrastructure and every service', () => {
    expect(project.name).toBe('mallbots');
    expect(Object.keys(project.services).sort()).toEqual([...SERVICES, 'jaeger', 'postgres', 'rabbitmq'].sort());
  });

  it('keeps the infrastructure names and ports scripts/ensure-infra.sh and the tests use', () => {
    const ports = (s: string) => project.services[s]!.ports!.map((p) => `${p.host_ip}:${p.published}->${p.target}`);
    expect(ports('postgres')).toEqual(['127.0.0.1:5432->5432']);
    expect(ports('rabbitmq')).toEqual(['127.0.0.1:5672->5672', '127.0.0.1:15672->15672']);
    expect(ports('jaeger')).toEqual(expect.arrayContaining(['127.0.0.1:16686->16686', '127.0.0.1:4318->4318']));
    for (const s of ['postgres', 'rabbitmq', 'jaeger']) expect(project.services[s]!.healthcheck?.test.length).toBeGreaterThan(1);
  });

  it('runs the same infrastructure images as the chart, and the Jaeger release of the pinned jaeger tool', () => {
    const image = (k: string) => `${chart[k]!.image!.repository}:${chart[k]!.image!.tag}`;
    expect(project.services.postgres!.image).toBe(image('postgresql'));
    expect(project.services.rabbitmq!.image).toBe(image('rabbitmq'));
    expect(project.services.jaeger!.image).toBe(image('jaeger'));
    // the jaeger Go module v1.N.x is Jaeger v2.(N-63).x
    const gomod = /github\.com\/jaegertracing\/jaeger v1\.(\d+)\.(\d+)/.exec(read('tools/go.mod'));
    if (gomod) expect(chart.jaeger!.image!.tag).toBe(`2.${Number(gomod[1]) - 63}.${gomod[2]}`);
  });

  it.each(SERVICES)('%s: built from docker/Dockerfile, on the ports of ARCHITECTURE.md §8, locked down', (s) => {
    const c = project.services[s]!;
    expect(c.image).toBe('mallbots:dev');
    expect(c.build).toEqual(expect.objectContaining({ context: ROOT, dockerfile: 'docker/Dockerfile' }));
    expect(c.environment?.SERVICE).toBe(s);
    const ports = c.ports!.map((p) => `${p.host_ip}:${p.published}->${p.target}`);
    expect(ports).toEqual([`127.0.0.1:${specs[s]!.grpcPort}->9000`, `127.0.0.1:${specs[s]!.httpPort}->8080`]);
    expect([c.environment?.GRPC_PORT, c.environment?.HTTP_PORT]).toEqual(['9000', '8080']);
    expect(c.read_only).toBe(true);
    expect(c.cap_drop).toEqual(['ALL']);
    expect(c.healthcheck?.test.join(' ')).toContain('/readyz');
  });

  it.each(SERVICES)('%s: starts after healthy PostgreSQL and RabbitMQ and its peers, and its configuration loads', (s) => {
    const c = project.services[s]!;
    expect(c.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(c.depends_on?.rabbitmq?.condition).toBe('service_healthy');
    const peers = Object.keys(specs[s]!.vars)
      .filter((v) => v.endsWith('_GRPC_ADDR'))
      .map((v) => v.replace(/_GRPC_ADDR$/, '').toLowerCase());
    for (const p of peers) {
      expect(c.environment?.[`${p.toUpperCase()}_GRPC_ADDR`]).toBe(`${p}:9000`);
      expect(c.depends_on?.[p]).toBeDefined();
    }
    for (const [k, v] of Object.entries(c.environment ?? {})) expect(`${k}=${v}`).not.toMatch(/127\.0\.0\.1|localhost/);
    expect({ service: s, problems: specs[s]!.problems }).toEqual({ service: s, problems: [] });
    expect(c.environment?.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://jaeger:4318');
  });
});
