/**
 * gRPC server for a MallBots service.
 *
 * - Handlers are plain async functions `(request, ctx) => response`; `implement` adapts them to grpc-js,
 *   logs one line per call (method, status, duration; never the request body), and maps errors:
 *   DomainError -> its status code; transient database/broker failures -> UNAVAILABLE; anything else ->
 *   INTERNAL "internal error" (logged with its stack, never sent).
 * - `grpc.health.v1.Health` reports SERVING only while the readiness check (normally: the database answers)
 *   passes; it is re-evaluated every `healthIntervalMs` (5 s) while serving and every `unhealthyIntervalMs` (1 s)
 *   while not, so a service is back in its Service's endpoints soon after its database or broker is, and an idle
 *   service wakes seldom (each check costs a cold round trip: docs/performance.md, fifteenth round).
 * - Server reflection is on, so `grpcurl -plaintext host:port list|describe` works without proto files.
 * - `shutdown()` stops accepting calls, lets in-flight calls finish up to a timeout, then forces.
 */
import * as grpc from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import { HealthImplementation } from 'grpc-health-check';
import { ReflectionService } from '@grpc/reflection';
import type { Logger } from '@mallbots/telemetry';
import { InvalidArgument, isDomainError, isTransientInfrastructureError, type ErrorKind } from './errors.ts';

export const KIND_TO_STATUS: Record<ErrorKind, grpc.status> = {
  INVALID_ARGUMENT: grpc.status.INVALID_ARGUMENT,
  NOT_FOUND: grpc.status.NOT_FOUND,
  ALREADY_EXISTS: grpc.status.ALREADY_EXISTS,
  FAILED_PRECONDITION: grpc.status.FAILED_PRECONDITION,
  PERMISSION_DENIED: grpc.status.PERMISSION_DENIED,
  UNAUTHENTICATED: grpc.status.UNAUTHENTICATED,
  ABORTED: grpc.status.ABORTED,
  UNAVAILABLE: grpc.status.UNAVAILABLE,
  DEADLINE_EXCEEDED: grpc.status.DEADLINE_EXCEEDED,
};

export function statusOf(kind: ErrorKind): grpc.status {
  return KIND_TO_STATUS[kind];
}

export interface CallContext {
  /** Fully qualified method path, e.g. `/mallbots.customers.v1.CustomersService/GetCustomer`. */
  method: string;
  metadata: grpc.Metadata;
  /** Aborted when the client cancels or its deadline passes. */
  signal: AbortSignal;
}

/** The async form of a generated `…Handlers` interface (only unary methods are used in MallBots). */
export type AsyncHandlers<H> = {
  [K in keyof H as string extends K ? never : K]: H[K] extends grpc.handleUnaryCall<infer Req, infer Res>
    ? (request: Req, ctx: CallContext) => Promise<Res>
    : never;
};

export interface CallObserver {
  (event: { method: string; code: grpc.status; durationMs: number }): void;
}

export interface ImplementOptions {
  logger: Logger;
  observe?: CallObserver;
}

function toServiceError(err: unknown, logger: Logger, method: string): Partial<grpc.ServiceError> {
  if (isDomainError(err)) return { code: statusOf(err.kind), details: err.message };
  if (isTransientInfrastructureError(err)) {
    logger.warn({ method, err: (err as Error).message }, 'dependency unavailable');
    return { code: grpc.status.UNAVAILABLE, details: 'a dependency is unavailable, retry later' };
  }
  logger.error({ method, err }, 'unhandled error in gRPC handler');
  return { code: grpc.status.INTERNAL, details: 'internal error' };
}

/**
 * grpc-js answers a request it cannot decode with INTERNAL before any handler runs. A request that does not
 * decode is the client's mistake, so the definition's deserializers are wrapped: a failure yields a marker that
 * `implement` turns into INVALID_ARGUMENT naming the problem.
 */
const MALFORMED = Symbol('malformed request');
interface Malformed {
  [MALFORMED]: string;
}
const isMalformed = (v: unknown): v is Malformed => typeof v === 'object' && v !== null && MALFORMED in v;

export function tolerantDefinition(def: grpc.ServiceDefinition): grpc.ServiceDefinition {
  const out: Record<string, grpc.MethodDefinition<unknown, unknown>> = {};
  for (const [name, m] of Object.entries(def)) {
    out[name] = {
      ...m,
      requestDeserialize: (bytes: Buffer) => {
        try {
          return m.requestDeserialize(bytes);
        } catch (err) {
          return { [MALFORMED]: (err as Error).message } satisfies Malformed;
        }
      },
    };
  }
  return out as grpc.ServiceDefinition;
}

/** Adapts async handlers to a grpc-js service implementation. */
export function implement<H extends grpc.UntypedServiceImplementation>(
  service: grpc.ServiceDefinition,
  handlers: AsyncHandlers<H>,
  opts: ImplementOptions,
): H {
  const out: grpc.UntypedServiceImplementation = {};
  for (const [name, def] of Object.entries(service)) {
    const fn = (handlers as Record<string, ((req: unknown, ctx: CallContext) => Promise<unknown>) | undefined>)[name];
    if (!fn) throw new Error(`no handler for ${def.path}`);
    const method = def.path;
    const handler: grpc.handleUnaryCall<unknown, unknown> = (call, callback) => {
      const started = process.hrtime.bigint();
      const abort = new AbortController();
      call.on('cancelled', () => abort.abort());
      const finish = (code: grpc.status): void => {
        const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
        opts.observe?.({ method, code, durationMs });
        const line = { method, code: grpc.status[code], ms: Math.round(durationMs * 10) / 10 };
        // Successful calls are debug (one line per call is measurable CPU at load); failed ones stay at info.
        if (code === grpc.status.OK) opts.logger.debug(line, 'grpc call');
        else opts.logger.info(line, 'grpc call');
      };
      let result: Promise<unknown>;
      try {
        if (isMalformed(call.request)) throw new InvalidArgument(`malformed request: ${call.request[MALFORMED]}`);
        result = fn(call.request, { method, metadata: call.metadata, signal: abort.signal });
      } catch (err) {
        result = Promise.reject(err);
      }
      result.then(
        (response) => {
          finish(grpc.status.OK);
          callback(null, response);
        },
        (err: unknown) => {
          const serviceError = toServiceError(err, opts.logger, method);
          finish(serviceError.code ?? grpc.status.INTERNAL);
          callback(serviceError as grpc.ServiceError);
        },
      );
    };
    out[name] = handler;
  }
  return out as H;
}

export interface ServerOptions {
  /** What server reflection serves (normally every api.proto plus grpc.health.v1, with proto field names). */
  packageDefinition: PackageDefinition;
  services: { definition: grpc.ServiceDefinition; implementation: grpc.UntypedServiceImplementation }[];
  /** Readiness: health reports SERVING only while this resolves true. */
  ready: () => Promise<boolean>;
  logger: Logger;
  /** How often readiness is re-evaluated while serving (default 5000). */
  healthIntervalMs?: number;
  /** How often readiness is re-evaluated while not serving (default 1000). */
  unhealthyIntervalMs?: number;
}

export interface RunningServer {
  port: number;
  /** Re-evaluates readiness now (also done periodically). */
  refreshHealth(): Promise<boolean>;
  shutdown(timeoutMs: number): Promise<void>;
}

export async function startGrpcServer(host: string, port: number, opts: ServerOptions): Promise<RunningServer> {
  const server = new grpc.Server({ 'grpc.max_receive_message_length': 4 * 1024 * 1024 });
  for (const s of opts.services) server.addService(s.definition, s.implementation);

  const serviceNames = new Set<string>(['']);
  for (const s of opts.services) {
    const first = Object.values(s.definition)[0];
    if (first) serviceNames.add(first.path.split('/')[1] ?? '');
  }
  const statusMap = Object.fromEntries([...serviceNames].map((n) => [n, 'NOT_SERVING' as const]));
  const health = new HealthImplementation(statusMap);
  health.addToServer(server);
  new ReflectionService(opts.packageDefinition).addToServer(server);

  let lastReady: boolean | undefined;
  const refreshHealth = async (): Promise<boolean> => {
    const ok = await opts.ready().catch(() => false);
    if (ok !== lastReady) {
      for (const n of serviceNames) health.setStatus(n, ok ? 'SERVING' : 'NOT_SERVING');
      opts.logger.info({ serving: ok }, 'health status changed');
      lastReady = ok;
    }
    return ok;
  };

  const boundPort = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`${host}:${port}`, grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p)));
  });
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = (serving: boolean): void => {
    if (stopped) return;
    timer = setTimeout(
      () => void refreshHealth().then(schedule, () => schedule(false)),
      serving ? (opts.healthIntervalMs ?? 5000) : (opts.unhealthyIntervalMs ?? 1000),
    );
    timer.unref();
  };
  schedule(await refreshHealth());
  opts.logger.info({ host, port: boundPort }, 'gRPC server listening');

  return {
    port: boundPort,
    refreshHealth,
    shutdown: async (timeoutMs: number) => {
      stopped = true;
      clearTimeout(timer);
      for (const n of serviceNames) health.setStatus(n, 'NOT_SERVING');
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          opts.logger.warn('in-flight calls did not finish in time, forcing shutdown');
          server.forceShutdown();
          resolve();
        }, timeoutMs);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
    },
  };
}
