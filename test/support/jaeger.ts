/**
 * A real Jaeger (v2, the binary built from tools/go.mod into .tools/bin by scripts/install-tools.sh) on free
 * loopback ports, for trace tests; and a small client of its HTTP query API (/api/traces).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './cluster.ts';
import { jaegerBin } from './tools.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface JaegerSpan {
  traceID: string;
  spanID: string;
  operationName: string;
  references: { refType: string; traceID: string; spanID: string }[];
  tags: { key: string; type: string; value: unknown }[];
  processID: string;
  startTime: number;
}
export interface JaegerTrace {
  traceID: string;
  spans: JaegerSpan[];
  processes: Record<string, { serviceName: string }>;
}

/** Builds Jaeger if it is not there yet (Go and the module proxy are needed); one build even when tests race. */
export const ensureJaegerBinary = jaegerBin;

export class Jaeger {
  readonly queryUrl: string;
  readonly otlpHttpEndpoint: string;
  readonly #child: ChildProcess;

  private constructor(child: ChildProcess, queryPort: number, otlpHttpPort: number) {
    this.#child = child;
    this.queryUrl = `http://127.0.0.1:${queryPort}`;
    this.otlpHttpEndpoint = `http://127.0.0.1:${otlpHttpPort}`;
  }

  static async start(): Promise<Jaeger> {
    const bin = ensureJaegerBinary();
    const ports = {
      query: await freePort(),
      queryGrpc: await freePort(),
      health: await freePort(),
      otlpGrpc: await freePort(),
      otlpHttp: await freePort(),
    };
    const child = spawn(bin, ['--config', `${ROOT}tools/jaeger/config.yaml`], {
      env: {
        ...process.env,
        JAEGER_QUERY_PORT: String(ports.query),
        JAEGER_QUERY_GRPC_PORT: String(ports.queryGrpc),
        JAEGER_HEALTH_PORT: String(ports.health),
        JAEGER_OTLP_GRPC_PORT: String(ports.otlpGrpc),
        JAEGER_OTLP_HTTP_PORT: String(ports.otlpHttp),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    const j = new Jaeger(child, ports.query, ports.otlpHttp);
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`jaeger exited: ${stderr}`);
      try {
        const r = await fetch(`http://127.0.0.1:${ports.health}/status`, { signal: AbortSignal.timeout(1000) });
        if (r.ok) return j;
      } catch {
        // starting
      }
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`jaeger not healthy after 30 s: ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** Traces of `service` that have a span tag `key=value`. */
  async findTraces(service: string, tags: Record<string, string>, limit = 20): Promise<JaegerTrace[]> {
    const u = new URL('/api/traces', this.queryUrl);
    u.searchParams.set('service', service);
    u.searchParams.set('tags', JSON.stringify(tags));
    u.searchParams.set('limit', String(limit));
    u.searchParams.set('lookback', '1h');
    const r = await fetch(u);
    if (!r.ok) throw new Error(`jaeger query failed: ${r.status} ${await r.text()}`);
    return ((await r.json()) as { data: JaegerTrace[] | null }).data ?? [];
  }

  async trace(traceId: string): Promise<JaegerTrace | undefined> {
    const r = await fetch(new URL(`/api/traces/${traceId}`, this.queryUrl));
    if (r.status === 404) return undefined;
    if (!r.ok) throw new Error(`jaeger query failed: ${r.status}`);
    return ((await r.json()) as { data: JaegerTrace[] }).data[0];
  }

  async stop(): Promise<void> {
    if (this.#child.exitCode !== null) return;
    const exited = new Promise((r) => this.#child.once('exit', r));
    this.#child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (this.#child.exitCode === null) this.#child.kill('SIGKILL');
  }
}

export const tagOf = (span: JaegerSpan, key: string): unknown => span.tags.find((t) => t.key === key)?.value;
export const serviceOf = (t: JaegerTrace, span: JaegerSpan): string => t.processes[span.processID]?.serviceName ?? '?';
