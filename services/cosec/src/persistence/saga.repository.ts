/**
 * PostgreSQL storage of saga instances (`sagas`) and their step history (`saga_steps`): lib/sec's SagaStore for
 * the unit of work, plus the queries of the deadline scanner and the admin API. Raw SQL through the unit of
 * work's EntityManager, so every statement runs in its transaction.
 *
 * - `update` is the optimistic-concurrency write (`where version = ?`); in PostgreSQL a second writer blocks on
 *   the row lock and then finds the version changed, so it fails instead of overwriting.
 * - `claimDue` locks due sagas with `FOR UPDATE SKIP LOCKED`: replicas scanning at once take disjoint sets, and
 *   a saga whose reply is being handled is simply skipped until the next scan.
 * - Timestamps are written from the application's clock (millisecond precision), so the keyset cursor of
 *   ListSagas compares exactly.
 * - The cache (`loadCached`): the state of each waiting saga as this process committed it (after the commit, via
 *   `afterCommit`), so a reply is applied without reading the saga first and its unit of work is one round trip.
 *   Taking a copy removes it (a unit that rolls back leaves nothing behind); a stale copy (another replica, an
 *   operator, `rearmExpired`) fails the update's version check, and the coordinator reloads before it ignores a
 *   reply because of one. Bounded: the oldest entries go first; finished sagas are not kept.
 */
import type { EntityManager } from '@mallbots/db';
import {
  ACTIVE_STATUSES,
  SagaConcurrencyError,
  type HistoryEntry,
  type HistoryOutcome,
  type SagaInstance,
  type SagaStatus,
  type SagaStore,
  type StepDirection,
  type StepOutcome,
} from '@mallbots/sec';
import { RollbackWith, type UnitOfWork } from '@mallbots/tm';

interface SagaRow {
  id: string;
  name: string;
  definition_version: number;
  data: unknown;
  step: number;
  status: SagaStatus;
  attempt: number;
  seq: number;
  version: number;
  deadline: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

interface StepRow {
  saga_id: string;
  seq: number;
  step: number;
  direction: StepDirection;
  command: string;
  reply: string | null;
  outcome: StepOutcome;
  detail: string | null;
  at: Date | string;
}

const date = (v: Date | string): Date => new Date(v);

const toInstance = (r: SagaRow): SagaInstance => ({
  id: r.id,
  name: r.name,
  definitionVersion: r.definition_version,
  data: typeof r.data === 'string' ? (JSON.parse(r.data) as unknown) : r.data,
  step: r.step,
  status: r.status,
  attempt: r.attempt,
  seq: r.seq,
  version: r.version,
  deadline: r.deadline === null ? null : date(r.deadline),
  createdAt: date(r.created_at),
  updatedAt: date(r.updated_at),
});

const toEntry = (r: StepRow): HistoryEntry => ({
  sagaId: r.saga_id,
  seq: r.seq,
  step: r.step,
  direction: r.direction,
  command: r.command,
  reply: r.reply,
  outcome: r.outcome,
  detail: r.detail,
  at: date(r.at),
});

/** The saga to insert exists already (see `SagaRepository.insert`). */
export class SagaExists extends Error {
  override name = 'SagaExists';
  constructor(id: string) {
    super(`saga ${id} exists already; nothing of this start is written`);
  }
}

/** Filters and page position of the admin list, oldest update first. */
export interface SagaListQuery {
  status?: SagaStatus;
  name?: string;
  /** Only sagas last updated at or before this time. */
  updatedAtMost?: Date;
  /** Keyset cursor: the last saga of the previous page. */
  after?: { updatedAt: Date; id: string };
  limit: number;
}

export class SagaRepository implements SagaStore<UnitOfWork> {
  readonly #sagas: string;
  readonly #steps: string;
  readonly #cache = new Map<string, SagaInstance>();
  readonly #cacheSize: number;

  /** `cacheSize`: how many waiting sagas to keep in memory (0: no cache, every reply reads its saga). */
  constructor(schema: string, opts: { cacheSize?: number } = {}) {
    this.#sagas = `"${schema}".sagas`;
    this.#steps = `"${schema}".saga_steps`;
    this.#cacheSize = opts.cacheSize ?? 10_000;
  }

  afterCommit(uow: UnitOfWork, fn: () => void): void {
    uow.afterCommit(fn);
  }

  loadCached(_uow: UnitOfWork, id: string): SagaInstance | undefined {
    const saga = this.#cache.get(id);
    this.#cache.delete(id);
    return saga;
  }

  /** Sagas in the cache (metrics, tests). */
  get cached(): number {
    return this.#cache.size;
  }

  /**
   * Keeps what a unit of work is about to commit, once it has. The copy's data is parsed from the JSON the
   * statement writes (`dataJson`), so it is what a read of the row would give. It replaced `structuredClone`,
   * which showed as a quarter of cosec's saga handling in a profile at 15 checkouts/s (warm, in a loop, the
   * parse and the clone are both a few microseconds: the difference is in a process that is mostly idle).
   */
  #rememberOnCommit(uow: UnitOfWork, s: SagaInstance, dataJson: string): void {
    if (this.#cacheSize === 0 || !ACTIVE_STATUSES.includes(s.status)) return;
    const copy: SagaInstance = {
      ...s,
      data: JSON.parse(dataJson) as unknown,
      deadline: s.deadline === null ? null : new Date(s.deadline.getTime()),
      createdAt: new Date(s.createdAt.getTime()),
      updatedAt: new Date(s.updatedAt.getTime()),
    };
    uow.afterCommit(() => {
      const known = this.#cache.get(copy.id);
      if (known && known.version >= copy.version) return;
      this.#cache.delete(copy.id);
      this.#cache.set(copy.id, copy);
      if (this.#cache.size > this.#cacheSize) this.#cache.delete(this.#cache.keys().next().value!);
    });
  }

  /**
   * A closing write, like `update`: the unit of work that starts a saga costs no round trip of its own for it.
   * Returns true at once; if the saga exists after all (the same order announced again under another message id),
   * the insert's check replaces the whole unit of work at commit with one that commits only its inbox row
   * (`RollbackWith`): nothing of this start is written or sent, which is what SagaStore's "false" means.
   */
  async insert(uow: UnitOfWork, s: SagaInstance): Promise<boolean> {
    const dataJson = JSON.stringify(s.data);
    uow.write(
      `insert into ${this.#sagas}
         (id, name, definition_version, data, step, status, attempt, seq, version, deadline, created_at, updated_at)
       values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (id) do nothing`,
      [
        s.id,
        s.name,
        s.definitionVersion,
        dataJson,
        s.step,
        s.status,
        s.attempt,
        s.seq,
        s.version,
        s.deadline,
        s.createdAt,
        s.updatedAt,
      ],
      { rows: 1, error: () => new RollbackWith(new SagaExists(s.id), async () => undefined) },
    );
    this.#rememberOnCommit(uow, s, dataJson);
    return true;
  }

  async load(uow: UnitOfWork, id: string): Promise<SagaInstance | undefined> {
    this.#cache.delete(id);
    return this.find(uow.em, id);
  }

  async find(em: EntityManager, id: string): Promise<SagaInstance | undefined> {
    const rows = await em.execute<SagaRow[]>(`select * from ${this.#sagas} where id = ?`, [id]);
    return rows[0] ? toInstance(rows[0]) : undefined;
  }

  // update, appendHistory and closeHistory are the closing writes of a saga step: they are queued on the unit of
  // work and leave with its outbox rows in one statement (lib/tm `UnitOfWork.write`). They touch distinct rows (the
  // saga, the closed entry, the new entry). The version check fails the whole unit of work at its end.
  async update(uow: UnitOfWork, s: SagaInstance, expectedVersion: number): Promise<void> {
    const dataJson = JSON.stringify(s.data);
    uow.write(
      `update ${this.#sagas}
          set data = ?::jsonb, step = ?, status = ?, attempt = ?, seq = ?, version = ?, deadline = ?, updated_at = ?
        where id = ? and version = ?`,
      [dataJson, s.step, s.status, s.attempt, s.seq, s.version, s.deadline, s.updatedAt, s.id, expectedVersion],
      { rows: 1, error: () => new SagaConcurrencyError(s.id, expectedVersion) },
    );
    this.#rememberOnCommit(uow, s, dataJson);
  }

  async appendHistory(uow: UnitOfWork, e: HistoryEntry): Promise<void> {
    uow.write(
      `insert into ${this.#steps} (saga_id, seq, step, direction, command, reply, outcome, detail, at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [e.sagaId, e.seq, e.step, e.direction, e.command, e.reply, e.outcome, e.detail, e.at],
    );
  }

  async closeHistory(uow: UnitOfWork, sagaId: string, seq: number, o: HistoryOutcome): Promise<void> {
    uow.write(`update ${this.#steps} set outcome = ?, reply = ?, detail = ?, at = ? where saga_id = ? and seq = ?`, [
      o.outcome,
      o.reply,
      o.detail,
      o.at,
      sagaId,
      seq,
    ]);
  }

  /** The step history of a saga, oldest first. */
  async history(em: EntityManager, sagaId: string): Promise<HistoryEntry[]> {
    const rows = await em.execute<StepRow[]>(`select * from ${this.#steps} where saga_id = ? order by seq`, [sagaId]);
    return rows.map(toEntry);
  }

  /**
   * Locks up to `limit` waiting sagas whose deadline passed (skipping rows other transactions hold), of the given
   * definition versions only: instances of a version this build lacks are left alone (resumeSagas reports them).
   */
  async claimDue(
    uow: UnitOfWork,
    now: Date,
    limit: number,
    definitions: readonly { name: string; version: number }[],
  ): Promise<string[]> {
    // A PostgreSQL array literal: the ORM would expand a JS array into a list of parameters.
    const keys = `{${definitions.map((d) => JSON.stringify(`${d.name}@${d.version}`)).join(',')}}`;
    // through readAll (a prepared statement, no EntityManager): the deadline scanner runs this every second
    const [ids] = await uow.readAll([
      {
        sql: `select id from ${this.#sagas}
        where status in ('running', 'compensating') and deadline <= ?
          and name || '@' || definition_version = any(?::text[])
        order by deadline limit ? for update skip locked`,
        params: [now, keys, limit],
        map: (rows) => rows.map((r) => String(r['id'])),
      },
    ] as const);
    return ids;
  }

  /**
   * Gives waiting sagas whose deadline passed (while no coordinator ran) until `until`, so replies queued
   * meanwhile are handled before anything times out. Returns how many were re-armed.
   */
  async rearmExpired(uow: UnitOfWork, now: Date, until: Date): Promise<number> {
    this.#cache.clear(); // the versions change behind the cache's back
    const rows = await uow.em.execute<{ id: string }[]>(
      `update ${this.#sagas} set deadline = ?, version = version + 1
        where status in ('running', 'compensating') and deadline < ?
        returning id`,
      [until, now],
    );
    return rows.length;
  }

  /** Unfinished instances per definition version (to check that every version still has its definition). */
  async activeVersions(uow: UnitOfWork): Promise<{ name: string; version: number; count: number }[]> {
    const rows = await uow.em.execute<{ name: string; definition_version: number; n: string }[]>(
      `select name, definition_version, count(*) as n from ${this.#sagas}
        where status in ('running', 'compensating', 'failed') group by name, definition_version`,
    );
    return rows.map((r) => ({ name: r.name, version: r.definition_version, count: Number(r.n) }));
  }

  async list(em: EntityManager, q: SagaListQuery): Promise<SagaInstance[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.status) {
      where.push('status = ?');
      params.push(q.status);
    }
    if (q.name) {
      where.push('name = ?');
      params.push(q.name);
    }
    if (q.updatedAtMost) {
      where.push('updated_at <= ?');
      params.push(q.updatedAtMost);
    }
    if (q.after) {
      where.push('(updated_at, id) > (?::timestamptz, ?::uuid)');
      params.push(q.after.updatedAt, q.after.id);
    }
    params.push(q.limit);
    const rows = await em.execute<SagaRow[]>(
      `select * from ${this.#sagas} ${where.length ? `where ${where.join(' and ')}` : ''} order by updated_at, id limit ?`,
      params,
    );
    return rows.map(toInstance);
  }
}
