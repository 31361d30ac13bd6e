/**
 * The one error hierarchy of the repository.
 *
 * Pure (no gRPC or driver imports), so domain code can use it: `import { NotFound } from '@mallbots/rpc/errors'`.
 * Domain and application code throw `DomainError`s; adapters translate them: the gRPC server maps `kind` to a
 * status code (ARCHITECTURE.md §9), message handlers turn them into failure replies or dead letters. Any other
 * error is a bug or an infrastructure failure and never reaches a client with its message or stack.
 */
export const ErrorKind = {
  InvalidArgument: 'INVALID_ARGUMENT',
  NotFound: 'NOT_FOUND',
  AlreadyExists: 'ALREADY_EXISTS',
  FailedPrecondition: 'FAILED_PRECONDITION',
  PermissionDenied: 'PERMISSION_DENIED',
  Unauthenticated: 'UNAUTHENTICATED',
  Aborted: 'ABORTED',
  Unavailable: 'UNAVAILABLE',
  DeadlineExceeded: 'DEADLINE_EXCEEDED',
} as const;
export type ErrorKind = (typeof ErrorKind)[keyof typeof ErrorKind];

export class DomainError extends Error {
  readonly kind: ErrorKind;
  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.kind = kind;
    this.name = 'DomainError';
  }
}

/** Malformed input; the message names the field. */
export class InvalidArgument extends DomainError {
  readonly field: string | undefined;
  constructor(message: string, field?: string) {
    super(ErrorKind.InvalidArgument, message);
    this.name = 'InvalidArgument';
    this.field = field;
  }
}
export class NotFound extends DomainError {
  constructor(message: string) {
    super(ErrorKind.NotFound, message);
    this.name = 'NotFound';
  }
}
export class AlreadyExists extends DomainError {
  constructor(message: string) {
    super(ErrorKind.AlreadyExists, message);
    this.name = 'AlreadyExists';
  }
}
/** The operation is not allowed in the entity's current state (e.g. approving a cancelled order). */
export class FailedPrecondition extends DomainError {
  constructor(message: string) {
    super(ErrorKind.FailedPrecondition, message);
    this.name = 'FailedPrecondition';
  }
}
export class PermissionDenied extends DomainError {
  constructor(message: string) {
    super(ErrorKind.PermissionDenied, message);
    this.name = 'PermissionDenied';
  }
}
/** A concurrent change won (optimistic concurrency); the caller may retry. */
export class Aborted extends DomainError {
  constructor(message: string) {
    super(ErrorKind.Aborted, message);
    this.name = 'Aborted';
  }
}
/** A dependency (database, broker, peer service) is down; the caller may retry later. */
export class Unavailable extends DomainError {
  constructor(message: string) {
    super(ErrorKind.Unavailable, message);
    this.name = 'Unavailable';
  }
}

export const isDomainError = (err: unknown): err is DomainError => err instanceof DomainError;

/** Errors from PostgreSQL / the ORM that mean "try again later" rather than "bug". */
export function isTransientInfrastructureError(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300', '08000', '08003', '08006'].includes(
      code,
    ) || /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test((err as Error)?.message ?? '')
  );
}
