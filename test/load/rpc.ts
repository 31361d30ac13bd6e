/**
 * A small gRPC client for load: one long-lived channel per service (the reflection client of the e2e tests opens a
 * connection per call, which would measure TCP set-up instead of the system), the services' own proto-loader
 * definitions from @mallbots/contracts, camelCase fields and enums as strings (`ORDER_STATUS_APPROVED`).
 */
import * as grpc from '@grpc/grpc-js';
import { serviceDefinition, Services } from '@mallbots/contracts';
import type { ServiceKey, Targets } from './targets.ts';

type Json = Record<string, unknown>;

export const Code = grpc.status;

export interface RpcError extends Error {
  code?: number;
  details?: string;
}

export const codeOf = (err: unknown): number | undefined => (err as RpcError | undefined)?.code;

/** Errors after which a call may or may not have taken effect, or the server was not there: worth a retry. */
export function isTransient(err: unknown): boolean {
  const c = codeOf(err);
  return (
    c === Code.UNAVAILABLE ||
    c === Code.DEADLINE_EXCEEDED ||
    c === Code.RESOURCE_EXHAUSTED ||
    c === Code.ABORTED ||
    c === Code.INTERNAL ||
    c === Code.UNKNOWN ||
    c === Code.CANCELLED
  );
}

interface Method {
  path: string;
  requestSerialize: (v: unknown) => Buffer;
  responseDeserialize: (b: Buffer) => unknown;
}

export class Rpc {
  readonly targets: Targets;
  readonly #clients = new Map<ServiceKey, grpc.Client>();
  /** Calls made, by service (for the benchmark's count of gRPC calls per checkout). */
  readonly calls = new Map<ServiceKey, number>();

  constructor(targets: Targets) {
    this.targets = targets;
  }

  #client(svc: ServiceKey): grpc.Client {
    let c = this.#clients.get(svc);
    if (!c) {
      c = new grpc.Client(this.targets[svc], grpc.credentials.createInsecure(), {
        'grpc.keepalive_time_ms': 30_000,
        // a killed service comes back on the same port: reconnect quickly instead of backing off for long
        'grpc.initial_reconnect_backoff_ms': 100,
        'grpc.max_reconnect_backoff_ms': 1000,
      });
      this.#clients.set(svc, c);
    }
    return c;
  }

  #method(svc: ServiceKey, name: string): Method {
    const def = serviceDefinition(Services[svc]) as unknown as Record<string, Method | undefined>;
    const m = def[name];
    if (!m) throw new Error(`${Services[svc]} has no method ${name}`);
    return m;
  }

  /** One unary call; rejects with the grpc-js ServiceError (`code`, `details`). */
  call<T = Json>(svc: ServiceKey, method: string, request: Json, deadlineMs = 5000): Promise<T> {
    const m = this.#method(svc, method);
    this.calls.set(svc, (this.calls.get(svc) ?? 0) + 1);
    return new Promise<T>((resolve, reject) => {
      this.#client(svc).makeUnaryRequest(
        m.path,
        m.requestSerialize,
        m.responseDeserialize,
        request,
        new grpc.Metadata(),
        { deadline: Date.now() + deadlineMs },
        (err, res) => (err ? reject(err) : resolve(res as T)),
      );
    });
  }

  close(): void {
    for (const c of this.#clients.values()) c.close();
    this.#clients.clear();
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Calls `fn` until it succeeds, a non-transient error, or `budgetMs` is spent (backoff 100 ms doubling to 1 s).
 * `onRetry` sees each transient failure.
 */
export async function withRetry<T>(fn: () => Promise<T>, budgetMs: number, onRetry?: (err: unknown) => void): Promise<T> {
  const deadline = Date.now() + budgetMs;
  let delay = 100;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (!isTransient(err) || Date.now() + delay > deadline) throw err;
      onRetry?.(err);
      await sleep(delay);
      delay = Math.min(delay * 2, 1000);
    }
  }
}
