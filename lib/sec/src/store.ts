/**
 * Saga instances, their step history, and the storage port the coordinator needs.
 *
 * Contract for a `SagaStore<Tx>` implementation (cosec's is PostgreSQL; `@mallbots/sec/testing` has an in-memory
 * one): every call runs in the caller's transaction `Tx`, together with the outbox writes of the same call, so a
 * command leaves only if the state that expects its reply was committed.
 * - `insert` creates an instance unless one with the same id exists (then it returns false and writes nothing):
 *   this is what makes starting a saga idempotent. It may instead defer the insert to the commit and return true,
 *   if a conflict then makes the whole transaction write nothing of the start (cosec's does).
 * - `update` is an optimistic-concurrency write: it succeeds only if the stored version still equals
 *   `expectedVersion`, and stores `instance.version` (= expectedVersion + 1); otherwise it throws
 *   `SagaConcurrencyError` and the caller's transaction must roll back.
 * - `loadCached` (optional) serves replies from what this process committed, so that applying one needs no read.
 * - history entries are keyed by (saga id, seq); `appendHistory` adds the entry of a command sent, `closeHistory`
 *   records what came of it.
 */

export const SagaStatus = {
  Running: 'running',
  Compensating: 'compensating',
  Completed: 'completed',
  Compensated: 'compensated',
  Failed: 'failed',
} as const;
export type SagaStatus = (typeof SagaStatus)[keyof typeof SagaStatus];

/** Statuses in which a saga waits for a reply (and has a deadline). */
export const ACTIVE_STATUSES: readonly SagaStatus[] = [SagaStatus.Running, SagaStatus.Compensating];
/** Completed and compensated sagas never change again; failed ones wait for an operator. */
export const TERMINAL_STATUSES: readonly SagaStatus[] = [SagaStatus.Completed, SagaStatus.Compensated];

export type StepDirection = 'action' | 'compensation';
export type StepOutcome = 'pending' | 'success' | 'failure' | 'timed_out';

export interface SagaInstance<D = unknown> {
  /** Derived from the saga name and the trigger's business key (see `sagaIdFor`). */
  id: string;
  name: string;
  definitionVersion: number;
  /** JSON-serialisable saga data. */
  data: D;
  /** Index of the step whose command is outstanding (or that ended the saga); -1 before the first. */
  step: number;
  status: SagaStatus;
  /** How many times the current command was sent (compensations are retried a bounded number of times). */
  attempt: number;
  /** Seq of the history entry of the outstanding command; replies must name it. */
  seq: number;
  /** Optimistic concurrency version, +1 on every change. */
  version: number;
  /** When the outstanding command times out; null when nothing is outstanding. */
  deadline: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface HistoryEntry {
  sagaId: string;
  /** 1, 2, 3, ... per saga: one entry per command sent. */
  seq: number;
  step: number;
  direction: StepDirection;
  /** Name of the command sent. */
  command: string;
  /** Name of the reply received; null while pending, after a timeout or an operator's decision. */
  reply: string | null;
  outcome: StepOutcome;
  /** Failure reason (reply, timeout, operator), null on success. */
  detail: string | null;
  /** When the command was sent, then when its outcome was recorded. */
  at: Date;
}

export interface HistoryOutcome {
  outcome: Exclude<StepOutcome, 'pending'>;
  reply: string | null;
  detail: string | null;
  at: Date;
}

export interface SagaStore<Tx> {
  insert(tx: Tx, instance: SagaInstance): Promise<boolean>;
  load(tx: Tx, id: string): Promise<SagaInstance | undefined>;
  /**
   * Optional: the instance as this process last committed it, without reading the store (undefined when it has
   * no such copy). It may be stale (another replica, an operator); the coordinator uses it only for replies, whose
   * `update` then fails its version check if it was, and reloads with `load` before ignoring a reply because of it.
   */
  loadCached?(tx: Tx, id: string): SagaInstance | undefined;
  update(tx: Tx, instance: SagaInstance, expectedVersion: number): Promise<void>;
  appendHistory(tx: Tx, entry: HistoryEntry): Promise<void>;
  closeHistory(tx: Tx, sagaId: string, seq: number, outcome: HistoryOutcome): Promise<void>;
  /**
   * Optional: runs `fn` once `tx` has committed, never if it rolls back. The coordinator reports through it (logs,
   * observer), so a unit of work that fails or is replaced reports nothing; without it, it reports at once.
   */
  afterCommit?(tx: Tx, fn: () => void): void;
}

/** Another transaction changed the saga first. Not a domain error: the message is retried and then seen as late. */
export class SagaConcurrencyError extends Error {
  override name = 'SagaConcurrencyError';
  constructor(id: string, expectedVersion: number) {
    super(`saga ${id} was changed concurrently (expected version ${expectedVersion})`);
  }
}

/** No saga with that id (operator calls). */
export class SagaNotFoundError extends Error {
  override name = 'SagaNotFoundError';
  constructor(id: string) {
    super(`saga ${id} not found`);
  }
}

/** The operator asked for something the saga's status does not allow. */
export class SagaStateError extends Error {
  override name = 'SagaStateError';
}

/** An instance references a definition (name, version) this process does not have. */
export class UnknownSagaDefinitionError extends Error {
  override name = 'UnknownSagaDefinitionError';
  constructor(name: string, version: number) {
    super(`no definition of saga ${name} version ${version} is registered`);
  }
}
