/**
 * gRPC client helpers. Every call carries a deadline (default 5 s), and a failed call becomes a DomainError
 * with the peer's status (NOT_FOUND stays NOT_FOUND), or `Unavailable` when the peer cannot be reached.
 */
import * as grpc from '@grpc/grpc-js';
import { DomainError, Unavailable, type ErrorKind } from './errors.ts';
import { KIND_TO_STATUS } from './server.ts';

export const DEFAULT_DEADLINE_MS = 5000;

export type ClientConstructor<C extends grpc.Client> = new (
  address: string,
  credentials: grpc.ChannelCredentials,
  options?: grpc.ClientOptions,
) => C;

export function createClient<C extends grpc.Client>(Ctor: ClientConstructor<C>, address: string): C {
  return new Ctor(address, grpc.credentials.createInsecure(), {
    'grpc.keepalive_time_ms': 30_000,
    'grpc.enable_retries': 1,
  });
}

/**
 * Calls one unary method with a deadline:
 * `await invoke('stores.GetProduct', (md, opts, cb) => client.GetProduct({ id }, md, opts, cb))`.
 */
export function invoke<Res>(
  what: string,
  call: (
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: (err: grpc.ServiceError | null, res?: Res) => void,
  ) => unknown,
  opts: { deadlineMs?: number; metadata?: grpc.Metadata } = {},
): Promise<Res> {
  const deadline = new Date(Date.now() + (opts.deadlineMs ?? DEFAULT_DEADLINE_MS));
  return new Promise<Res>((resolve, reject) => {
    call(opts.metadata ?? new grpc.Metadata(), { deadline }, (err, res) => {
      if (err) reject(fromGrpcError(err, what));
      else resolve(res as Res);
    });
  });
}

/** The inverse, for clients: a peer's gRPC error becomes the matching DomainError (or Unavailable). */
export function fromGrpcError(err: unknown, what: string): Error {
  const code = (err as { code?: number }).code;
  const details = (err as { details?: string }).details ?? (err as Error).message;
  for (const [kind, st] of Object.entries(KIND_TO_STATUS) as [ErrorKind, grpc.status][]) {
    if (st === code) {
      if (kind === 'UNAVAILABLE' || kind === 'DEADLINE_EXCEEDED') return new Unavailable(`${what}: ${details}`);
      return new DomainError(kind, details);
    }
  }
  return new Unavailable(`${what} failed: ${details}`);
}
