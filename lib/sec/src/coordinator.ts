/**
 * The saga execution coordinator.
 *
 * Contract (every method runs in the caller's transaction `Tx`; the store and the transport write into it):
 * - `start(tx, definition, key, data)` creates the instance whose id is derived from the business key and sends
 *   the first action, or does nothing when that saga exists already (a redelivered or repeated trigger).
 * - `handleReply(tx, reply)` applies a participant's reply. It is applied only if its saga id, name and
 *   `x-saga-step` (step, direction and seq of the outstanding command) match the stored instance; anything else —
 *   a duplicate, a late reply after a timeout or resend, a reply for another step, a reply of another saga — is
 *   reported as ignored and changes nothing (the caller acks it).
 *   - action succeeded: reply handlers may update the data; the next step with an action runs (none: completed);
 *   - action failed: the saga compensates the steps before it, in reverse order, skipping steps without a
 *     compensation (the failed step's participant rolled its own change back); none to run: compensated;
 *   - compensation succeeded: the next compensation below runs (none: compensated);
 *   - compensation failed: it is resent up to `compensationRetries` times, then the saga stops in `failed`
 *     (logged, reported to the observer) and waits for an operator. It never loops.
 * - `expire(tx, id)` handles a passed deadline (the caller finds due sagas, e.g. with FOR UPDATE SKIP LOCKED): a
 *   timed-out action starts compensation *including* its own step's compensation, since its effect is unknown
 *   (a compensation builder returns undefined when there is nothing it could undo); a timed-out compensation
 *   counts as a failed attempt.
 * - `retry(tx, id)` (operator) resends the outstanding command with a new deadline; for a failed saga it resends
 *   the failed compensation and resumes compensating. `compensate(tx, id, reason)` (operator) rolls a running saga
 *   back like a timeout does. Both throw SagaNotFoundError / SagaStateError / SagaConcurrencyError.
 * Every change bumps the instance version through `store.update(…, expectedVersion)`, so of two replies racing
 * for one saga only one commits; the loser's transaction rolls back (SagaConcurrencyError, not a domain error:
 * lib/am retries the message, which is then ignored as late). Commands only leave through the transport, i.e.
 * the outbox of the same transaction, after the state that expects their reply is committed.
 * Instances run with the definition version they started with: register every version that still has
 * unfinished instances; `start` uses the definition it is given (normally the newest).
 */
import type { SagaDefinition, SagaStep } from './definition.ts';
import { formatStepHeader, parseStepHeader, ReplyOutcome, sagaIdFor, SagaHeaders } from './headers.ts';
import {
  ACTIVE_STATUSES,
  SagaNotFoundError,
  SagaStateError,
  SagaStatus,
  UnknownSagaDefinitionError,
  type HistoryEntry,
  type SagaInstance,
  type SagaStore,
  type StepDirection,
} from './store.ts';

/** A command on its way to a participant. */
export interface SagaCommand {
  sagaId: string;
  name: string;
  payload: unknown;
  /** Saga id, name, step and reply channel. */
  headers: Record<string, string>;
}

/** Sends commands within the caller's transaction (an outbox), so they leave only after commit. */
export interface CommandTransport<Tx> {
  send(tx: Tx, command: SagaCommand): void | Promise<void>;
}

/** A reply as consumed: name, decoded payload, headers; `detail` explains a failure (e.g. "NOT_FOUND: ..."). */
export interface SagaReply {
  name: string;
  payload: unknown;
  headers: Readonly<Record<string, string | undefined>>;
  detail?: string;
}

export type IgnoredReason = 'not-a-saga-reply' | 'unknown-saga' | 'foreign-saga' | 'saga-finished' | 'wrong-step';

export type ReplyResult =
  { applied: true; sagaId: string; status: SagaStatus } | { applied: false; reason: IgnoredReason; sagaId: string | undefined };

/**
 * Hooks for metrics. Called once the transaction committed when the store offers `afterCommit` (so a unit of
 * work that rolls back, or is replaced, reports nothing); otherwise inside it, before commit.
 */
export interface SagaObserver {
  started?(saga: Readonly<SagaInstance>): void;
  commandSent?(saga: Readonly<SagaInstance>, entry: Readonly<HistoryEntry>): void;
  /** A reply or a timeout closed the outstanding command; `latencyMs` since it was sent. */
  stepClosed?(saga: Readonly<SagaInstance>, outcome: 'success' | 'failure' | 'timed_out', latencyMs: number): void;
  /** The saga reached completed, compensated or failed. */
  ended?(saga: Readonly<SagaInstance>): void;
  replyIgnored?(reason: IgnoredReason, sagaId: string | undefined): void;
}

/** The part of a pino logger the coordinator uses. */
export interface SagaLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface CoordinatorOptions<Tx> {
  store: SagaStore<Tx>;
  transport: CommandTransport<Tx>;
  /** Every definition version that may still have unfinished instances. */
  definitions: readonly SagaDefinition<unknown>[];
  /** Default step timeout (a step may override it). Default 30 000 ms. */
  stepTimeoutMs?: number;
  /** Resends of a failed or timed-out compensation before the saga stops in `failed`. Default 3. */
  compensationRetries?: number;
  now?: () => Date;
  observer?: SagaObserver;
  logger?: SagaLogger;
}

export const DEFAULT_STEP_TIMEOUT_MS = 30_000;
export const DEFAULT_COMPENSATION_RETRIES = 3;

/** What a transition sends: the history entry and the command. */
interface Outgoing {
  entry: HistoryEntry;
  command: SagaCommand;
}

const silent: SagaLogger = { info: () => {}, warn: () => {}, error: () => {} };

const key = (name: string, version: number): string => `${name}@${version}`;

export class SagaCoordinator<Tx> {
  readonly #store: SagaStore<Tx>;
  readonly #transport: CommandTransport<Tx>;
  readonly #definitions = new Map<string, SagaDefinition<unknown>>();
  readonly #stepTimeoutMs: number;
  readonly #retries: number;
  readonly #now: () => Date;
  readonly #observer: SagaObserver;
  readonly #log: SagaLogger;

  constructor(opts: CoordinatorOptions<Tx>) {
    this.#store = opts.store;
    this.#transport = opts.transport;
    for (const d of opts.definitions) {
      if (this.#definitions.has(key(d.name, d.version)))
        throw new Error(`saga ${d.name} version ${d.version} is registered twice`);
      this.#definitions.set(key(d.name, d.version), d);
    }
    this.#stepTimeoutMs = opts.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;
    this.#retries = opts.compensationRetries ?? DEFAULT_COMPENSATION_RETRIES;
    if (!Number.isInteger(this.#stepTimeoutMs) || this.#stepTimeoutMs < 1) throw new RangeError('stepTimeoutMs must be >= 1');
    if (!Number.isInteger(this.#retries) || this.#retries < 0) throw new RangeError('compensationRetries must be >= 0');
    this.#now = opts.now ?? (() => new Date());
    this.#observer = opts.observer ?? {};
    this.#log = opts.logger ?? silent;
  }

  /** Whether instances of this definition version can run here. */
  hasDefinition(name: string, version: number): boolean {
    return this.#definitions.has(key(name, version));
  }

  /** The registered definition versions (e.g. to scan only for sagas this process can run). */
  definitions(): { name: string; version: number }[] {
    return [...this.#definitions.values()].map((d) => ({ name: d.name, version: d.version }));
  }

  /**
   * Starts the saga for a trigger, idempotently: the id is derived from the business key, so a second trigger
   * with the same key finds the instance and changes nothing (`started: false`).
   */
  async start<D>(
    tx: Tx,
    definition: SagaDefinition<D>,
    businessKey: string,
    data: D,
  ): Promise<{ sagaId: string; started: boolean }> {
    const def = this.#definition(definition.name, definition.version);
    const now = this.#now();
    const saga: SagaInstance = {
      id: sagaIdFor(def.name, businessKey),
      name: def.name,
      definitionVersion: def.version,
      data,
      step: -1,
      status: SagaStatus.Running,
      attempt: 0,
      seq: 0,
      version: 1,
      deadline: null,
      createdAt: now,
      updatedAt: now,
    };
    const next = this.#forward(def, saga, -1, now);
    if (!(await this.#store.insert(tx, saga))) return { sagaId: saga.id, started: false };
    this.#report(tx, () => {
      this.#log.info({ sagaId: saga.id, saga: saga.name, version: saga.definitionVersion }, 'saga started');
      this.#observer.started?.(saga);
    });
    await this.#send(tx, saga, next);
    this.#ended(tx, saga);
    return { sagaId: saga.id, started: true };
  }

  /** Applies a reply, or ignores it (see the contract). */
  async handleReply(tx: Tx, reply: SagaReply): Promise<ReplyResult> {
    const h = reply.headers;
    const sagaId = h[SagaHeaders.SagaId];
    const sagaName = h[SagaHeaders.SagaName];
    const ref = parseStepHeader(h[SagaHeaders.SagaStep]);
    const outcome = h[SagaHeaders.ReplyOutcome];
    if (!sagaId || !sagaName || !ref || (outcome !== ReplyOutcome.Success && outcome !== ReplyOutcome.Failure)) {
      return this.#ignore(tx, 'not-a-saga-reply', sagaId, reply);
    }
    // A cached copy may be stale: it is trusted only to apply the reply (the version check guards the write),
    // never to ignore it.
    const cached = this.#store.loadCached?.(tx, sagaId);
    let saga = cached ?? (await this.#store.load(tx, sagaId));
    let ignored = this.#mismatch(saga, sagaName, ref);
    if (ignored && cached) {
      saga = await this.#store.load(tx, sagaId);
      ignored = this.#mismatch(saga, sagaName, ref);
    }
    if (ignored || !saga) return this.#ignore(tx, ignored ?? 'unknown-saga', sagaId, reply);
    const direction = this.#direction(saga);

    const def = this.#definitionOf(saga);
    const step = this.#step(def, saga);
    const now = this.#now();
    const expected = saga.version;
    const sentAt = saga.updatedAt;

    let failure: string | undefined;
    if (outcome === ReplyOutcome.Failure) failure = reply.detail || 'the participant replied with a failure';
    else if (direction === 'action' && step.replies.size > 0) {
      const handler = step.replies.get(reply.name);
      if (!handler) failure = `unexpected reply ${reply.name}`;
      else {
        try {
          saga.data = handler.apply(saga.data, reply.payload);
        } catch (err) {
          failure = `invalid reply ${reply.name}: ${(err as Error).message}`;
        }
      }
    }
    await this.#store.closeHistory(tx, saga.id, saga.seq, {
      outcome: failure === undefined ? 'success' : 'failure',
      reply: reply.name,
      detail: failure ?? null,
      at: now,
    });
    const closed = failure === undefined ? 'success' : 'failure';
    const atClose = { ...saga }; // reported after the commit, by when `saga` has moved on
    this.#report(tx, () => this.#observer.stepClosed?.(atClose, closed, now.getTime() - sentAt.getTime()));

    let next: Outgoing | undefined;
    if (failure === undefined) {
      next = direction === 'action' ? this.#forward(def, saga, saga.step, now) : this.#backward(def, saga, saga.step, false, now);
    } else if (direction === 'action') {
      const fields = { sagaId, saga: saga.name, step: saga.step, detail: failure };
      this.#report(tx, () => this.#log.warn(fields, 'saga step failed; compensating'));
      next = this.#backward(def, saga, saga.step, false, now);
    } else {
      next = this.#retryCompensation(tx, def, saga, now, failure);
    }
    await this.#save(tx, saga, expected, now, next);
    return { applied: true, sagaId, status: saga.status };
  }

  /** Why a reply naming `ref` does not apply to `saga` (undefined: it applies). */
  #mismatch(
    saga: SagaInstance | undefined,
    sagaName: string,
    ref: { step: number; direction: StepDirection; seq: number },
  ): IgnoredReason | undefined {
    if (!saga) return 'unknown-saga';
    if (saga.name !== sagaName) return 'foreign-saga';
    if (!ACTIVE_STATUSES.includes(saga.status)) return 'saga-finished';
    if (ref.seq !== saga.seq || ref.step !== saga.step || ref.direction !== this.#direction(saga)) return 'wrong-step';
    return undefined;
  }

  /** Handles a passed deadline; returns false when the saga is not (or no longer) due. */
  async expire(tx: Tx, sagaId: string): Promise<boolean> {
    const saga = await this.#store.load(tx, sagaId);
    const now = this.#now();
    if (!saga || !ACTIVE_STATUSES.includes(saga.status) || !saga.deadline || saga.deadline > now) return false;
    const def = this.#definitionOf(saga);
    const step = this.#step(def, saga);
    const expected = saga.version;
    const detail = `no reply within ${step.timeoutMs ?? this.#stepTimeoutMs} ms`;
    await this.#store.closeHistory(tx, saga.id, saga.seq, { outcome: 'timed_out', reply: null, detail, at: now });
    const latencyMs = now.getTime() - saga.updatedAt.getTime();
    const direction = this.#direction(saga);
    const fields = { sagaId, saga: saga.name, step: saga.step, direction };
    const atClose = { ...saga }; // reported after the commit, by when `saga` has moved on
    this.#report(tx, () => {
      this.#observer.stepClosed?.(atClose, 'timed_out', latencyMs);
      this.#log.warn(fields, 'saga step timed out');
    });
    // A timed-out action may still take effect, so its own compensation runs too (if it can be built).
    const next =
      direction === 'action'
        ? this.#backward(def, saga, saga.step, true, now)
        : this.#retryCompensation(tx, def, saga, now, detail);
    await this.#save(tx, saga, expected, now, next);
    return true;
  }

  /** Operator: resend the outstanding command (running, compensating) or the failed compensation (failed). */
  async retry(tx: Tx, sagaId: string): Promise<SagaInstance> {
    const saga = await this.#load(tx, sagaId);
    if (saga.status === SagaStatus.Completed || saga.status === SagaStatus.Compensated) {
      throw new SagaStateError(`saga ${sagaId} is ${saga.status}; there is nothing to retry`);
    }
    const def = this.#definitionOf(saga);
    const step = this.#step(def, saga);
    const now = this.#now();
    const expected = saga.version;
    if (saga.status !== SagaStatus.Failed) {
      await this.#store.closeHistory(tx, saga.id, saga.seq, {
        outcome: 'timed_out',
        reply: null,
        detail: 'no reply yet; resent by an operator',
        at: now,
      });
    }
    const direction = this.#direction(saga);
    let next: Outgoing | undefined;
    if (direction === 'action') next = this.#dispatch(def, saga, step.index, 'action', step.action!.build(saga.data), now, 1);
    else {
      saga.status = SagaStatus.Compensating;
      const payload = step.compensation!.build(saga.data);
      next =
        payload === undefined
          ? this.#backward(def, saga, step.index, false, now)
          : this.#dispatch(def, saga, step.index, 'compensation', payload, now, 1);
    }
    const fields = { sagaId, saga: saga.name, step: saga.step, direction };
    this.#report(tx, () => this.#log.info(fields, 'saga step resent by an operator'));
    await this.#save(tx, saga, expected, now, next);
    return saga;
  }

  /** Operator: roll a running saga back; the outstanding action counts as failed with `reason`. */
  async compensate(tx: Tx, sagaId: string, reason: string): Promise<SagaInstance> {
    const saga = await this.#load(tx, sagaId);
    if (saga.status !== SagaStatus.Running) {
      throw new SagaStateError(`saga ${sagaId} is ${saga.status}; only a running saga can be compensated`);
    }
    const def = this.#definitionOf(saga);
    const now = this.#now();
    const expected = saga.version;
    await this.#store.closeHistory(tx, saga.id, saga.seq, {
      outcome: 'failure',
      reply: null,
      detail: `compensation requested by an operator: ${reason}`,
      at: now,
    });
    const fields = { sagaId, saga: saga.name, step: saga.step };
    this.#report(tx, () => this.#log.warn(fields, 'saga compensation requested by an operator'));
    // As after a timeout, the outstanding action may still take effect: its own compensation runs too.
    const next = this.#backward(def, saga, saga.step, true, now);
    await this.#save(tx, saga, expected, now, next);
    return saga;
  }

  // ------------------------------------------------------------------ transitions (in memory)

  /** The next step after `after` that has an action; none left: completed. */
  #forward(def: SagaDefinition<unknown>, saga: SagaInstance, after: number, now: Date): Outgoing | undefined {
    saga.status = SagaStatus.Running;
    for (let i = after + 1; i < def.steps.length; i++) {
      const action = def.steps[i]!.action;
      if (action) return this.#dispatch(def, saga, i, 'action', action.build(saga.data), now, 1);
    }
    this.#finish(saga, SagaStatus.Completed);
    return undefined;
  }

  /** The next compensation at or below `from` (or below it); none left: compensated. */
  #backward(def: SagaDefinition<unknown>, saga: SagaInstance, from: number, inclusive: boolean, now: Date): Outgoing | undefined {
    saga.status = SagaStatus.Compensating;
    for (let i = inclusive ? from : from - 1; i >= 0; i--) {
      const compensation = def.steps[i]!.compensation;
      const payload = compensation?.build(saga.data);
      if (payload !== undefined) return this.#dispatch(def, saga, i, 'compensation', payload, now, 1);
    }
    this.#finish(saga, SagaStatus.Compensated);
    return undefined;
  }

  /** A compensation failed or timed out: resend it while attempts remain, else park the saga in `failed`. */
  #retryCompensation(tx: Tx, def: SagaDefinition<unknown>, saga: SagaInstance, now: Date, reason: string): Outgoing | undefined {
    const step = this.#step(def, saga);
    if (saga.attempt > this.#retries) {
      this.#finish(saga, SagaStatus.Failed);
      const fields = { sagaId: saga.id, saga: saga.name, step: saga.step, attempts: saga.attempt, detail: reason };
      this.#report(tx, () =>
        this.#log.error(fields, 'saga compensation failed for good; the saga is parked in failed and needs an operator'),
      );
      return undefined;
    }
    const payload = step.compensation!.build(saga.data);
    if (payload === undefined) return this.#backward(def, saga, step.index, false, now);
    return this.#dispatch(def, saga, step.index, 'compensation', payload, now, saga.attempt + 1);
  }

  #dispatch(
    def: SagaDefinition<unknown>,
    saga: SagaInstance,
    index: number,
    direction: StepDirection,
    payload: unknown,
    now: Date,
    attempt: number,
  ): Outgoing {
    const step = def.steps[index]!;
    const name = (direction === 'action' ? step.action : step.compensation)!.name;
    saga.step = index;
    saga.seq += 1;
    saga.attempt = attempt;
    saga.deadline = new Date(now.getTime() + (step.timeoutMs ?? this.#stepTimeoutMs));
    const entry: HistoryEntry = {
      sagaId: saga.id,
      seq: saga.seq,
      step: index,
      direction,
      command: name,
      reply: null,
      outcome: 'pending',
      detail: null,
      at: now,
    };
    const headers = {
      [SagaHeaders.SagaId]: saga.id,
      [SagaHeaders.SagaName]: saga.name,
      [SagaHeaders.SagaStep]: formatStepHeader({ step: index, direction, seq: saga.seq }),
      [SagaHeaders.ReplyChannel]: def.replyChannel,
    };
    return { entry, command: { sagaId: saga.id, name, payload, headers } };
  }

  #finish(saga: SagaInstance, status: SagaStatus): void {
    saga.status = status;
    saga.deadline = null;
  }

  // ------------------------------------------------------------------ persistence

  async #save(tx: Tx, saga: SagaInstance, expectedVersion: number, now: Date, next: Outgoing | undefined): Promise<void> {
    saga.version = expectedVersion + 1;
    saga.updatedAt = now;
    await this.#store.update(tx, saga, expectedVersion);
    await this.#send(tx, saga, next);
    this.#ended(tx, saga);
  }

  async #send(tx: Tx, saga: SagaInstance, next: Outgoing | undefined): Promise<void> {
    if (!next) return;
    await this.#store.appendHistory(tx, next.entry);
    await this.#transport.send(tx, next.command);
    const entry = next.entry;
    this.#report(tx, () => this.#observer.commandSent?.(saga, entry));
  }

  #ended(tx: Tx, saga: SagaInstance): void {
    if (ACTIVE_STATUSES.includes(saga.status)) return;
    this.#report(tx, () => {
      if (saga.status !== SagaStatus.Failed)
        this.#log.info({ sagaId: saga.id, saga: saga.name, status: saga.status }, 'saga ended');
      this.#observer.ended?.(saga);
    });
  }

  /** Logs and observer calls: once `tx` committed if the store can tell, else now. */
  #report(tx: Tx, fn: () => void): void {
    if (this.#store.afterCommit) this.#store.afterCommit(tx, fn);
    else fn();
  }

  async #load(tx: Tx, sagaId: string): Promise<SagaInstance> {
    const saga = await this.#store.load(tx, sagaId);
    if (!saga) throw new SagaNotFoundError(sagaId);
    return saga;
  }

  #ignore(tx: Tx, reason: IgnoredReason, sagaId: string | undefined, reply: SagaReply): ReplyResult {
    const fields = { sagaId, reply: reply.name, step: reply.headers[SagaHeaders.SagaStep], reason };
    this.#report(tx, () => {
      this.#log.info(fields, 'saga reply ignored');
      this.#observer.replyIgnored?.(reason, sagaId);
    });
    return { applied: false, reason, sagaId };
  }

  /** Running sagas wait for an action's reply; compensating and failed ones for a compensation's. */
  #direction(saga: SagaInstance): StepDirection {
    return saga.status === SagaStatus.Running ? 'action' : 'compensation';
  }

  #definition(name: string, version: number): SagaDefinition<unknown> {
    const def = this.#definitions.get(key(name, version));
    if (!def) throw new UnknownSagaDefinitionError(name, version);
    return def;
  }

  #definitionOf(saga: SagaInstance): SagaDefinition<unknown> {
    return this.#definition(saga.name, saga.definitionVersion);
  }

  #step(def: SagaDefinition<unknown>, saga: SagaInstance): SagaStep<unknown> {
    const step = def.steps[saga.step];
    const command = step && (this.#direction(saga) === 'action' ? step.action : step.compensation);
    if (!step || !command) {
      throw new Error(`saga ${saga.id}: step ${saga.step} of ${def.name} v${def.version} has no ${this.#direction(saga)}`);
    }
    return step;
  }
}
