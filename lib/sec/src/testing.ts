/**
 * In-memory saga store, transport and clock for unit tests (import from `@mallbots/sec/testing`).
 *
 * Contract: `harness.run(fn)` is a transaction. Store writes and sent commands are staged and applied at the end
 * all together, or not at all when `fn` throws or a version check fails (like a rollback), and its after-commit
 * hooks run after them (never after a rollback); reads see committed
 * state only. `update` checks the version both when called and at commit, so two interleaved transactions on one
 * saga behave like PostgreSQL's `update … where version = ?`: the second to commit gets SagaConcurrencyError.
 * Concurrent `insert`s of one id: the later commit fails with SagaConcurrencyError (its retry then sees the saga).
 */
import type { CommandTransport, SagaCommand } from './coordinator.ts';
import {
  ACTIVE_STATUSES,
  SagaConcurrencyError,
  type HistoryEntry,
  type HistoryOutcome,
  type SagaInstance,
  type SagaStore,
} from './store.ts';

interface StagedOp {
  check(): void;
  apply(): void;
}

export interface MemoryTx {
  readonly ops: StagedOp[];
  readonly sent: SagaCommand[];
  /** After-commit hooks, run once the staged ops are applied. */
  readonly committed: (() => void)[];
}

export class MemorySagaStore implements SagaStore<MemoryTx> {
  readonly sagas = new Map<string, SagaInstance>();
  readonly history = new Map<string, HistoryEntry[]>();
  /** The optional cache of `SagaStore`: unset, every reply loads; tests set it to serve (stale) copies. */
  loadCached?: (tx: MemoryTx, id: string) => SagaInstance | undefined;

  afterCommit(tx: MemoryTx, fn: () => void): void {
    tx.committed.push(fn);
  }

  async insert(tx: MemoryTx, instance: SagaInstance): Promise<boolean> {
    await Promise.resolve();
    if (this.sagas.has(instance.id)) return false;
    const copy = structuredClone(instance);
    tx.ops.push({
      check: () => {
        if (this.sagas.has(copy.id)) throw new SagaConcurrencyError(copy.id, 0);
      },
      apply: () => {
        this.sagas.set(copy.id, copy);
        this.history.set(copy.id, []);
      },
    });
    return true;
  }

  async load(_tx: MemoryTx, id: string): Promise<SagaInstance | undefined> {
    await Promise.resolve();
    const s = this.sagas.get(id);
    return s ? structuredClone(s) : undefined;
  }

  async update(tx: MemoryTx, instance: SagaInstance, expectedVersion: number): Promise<void> {
    await Promise.resolve();
    const check = (): void => {
      if (this.sagas.get(instance.id)?.version !== expectedVersion) throw new SagaConcurrencyError(instance.id, expectedVersion);
    };
    check();
    const copy = structuredClone(instance);
    tx.ops.push({ check, apply: () => void this.sagas.set(copy.id, copy) });
  }

  async appendHistory(tx: MemoryTx, entry: HistoryEntry): Promise<void> {
    const copy = structuredClone(entry);
    tx.ops.push({ check: () => {}, apply: () => void this.history.get(copy.sagaId)?.push(copy) });
  }

  async closeHistory(tx: MemoryTx, sagaId: string, seq: number, outcome: HistoryOutcome): Promise<void> {
    tx.ops.push({
      check: () => {},
      apply: () => {
        const e = this.history.get(sagaId)?.find((h) => h.seq === seq);
        if (e) Object.assign(e, structuredClone(outcome));
      },
    });
  }

  /** Ids of active sagas whose deadline passed (what cosec's scanner selects). */
  due(now: Date): string[] {
    return [...this.sagas.values()]
      .filter((s) => ACTIVE_STATUSES.includes(s.status) && s.deadline !== null && s.deadline <= now)
      .map((s) => s.id);
  }
}

/** A clock tests move by hand. */
export class ManualClock {
  #ms: number;
  constructor(start = Date.parse('2025-01-01T00:00:00Z')) {
    this.#ms = start;
  }
  now = (): Date => new Date(this.#ms);
  advance(ms: number): void {
    this.#ms += ms;
  }
}

/** Store + transport + transactions; `sent` lists the commands of committed transactions, in order. */
export class MemorySagaHarness {
  readonly store = new MemorySagaStore();
  readonly sent: SagaCommand[] = [];
  readonly transport: CommandTransport<MemoryTx> = { send: (tx, command) => void tx.sent.push(structuredClone(command)) };

  async run<T>(fn: (tx: MemoryTx) => Promise<T>): Promise<T> {
    const tx: MemoryTx = { ops: [], sent: [], committed: [] };
    const result = await fn(tx);
    for (const op of tx.ops) op.check();
    for (const op of tx.ops) op.apply();
    this.sent.push(...tx.sent);
    for (const hook of tx.committed) hook();
    return result;
  }

  /** Commands sent since the last call (and forgets them). */
  take(): SagaCommand[] {
    return this.sent.splice(0, this.sent.length);
  }
}
