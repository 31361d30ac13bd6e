/**
 * The outbox relay: moves committed outbox rows to the broker.
 *
 * - Fast path: `notify(rows)` is called right after a unit of work commits; the rows are published at once
 *   (no polling delay on the critical path), then deleted in batches (see `#deleteConfirmed`). While a publish is in flight,
 *   rows committed meanwhile queue up and leave together as the next batch, so batches grow with load.
 * - Order: one relay publishes serially, batch after batch, each batch in `id` order on one confirm channel,
 *   so the messages of an aggregate leave in the order they were written.
 * - Recovery: a sweeper runs every `sweepIntervalMs` (every `idleSweepIntervalMs` while its last look found the
 *   table empty and the relay is not degraded: an idle service wakes seldom), claims rows older than `graceMs` with
 *   `FOR UPDATE SKIP LOCKED` (so several replicas never publish the same row at once), publishes and deletes
 *   them. Rows get there when a process died between commit and publish, or when a publish failed.
 *   After a failed publish the relay is "degraded": the fast path stops (to keep order) and the sweeper,
 *   without grace, drains the backlog; once the table is empty the fast path resumes.
 * - The relay never stops on an error: every failure is logged and retried by the next sweep.
 * Delivery is at-least-once (a crash between publish and delete republishes); consumers dedupe by message id.
 */
import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { nativePool } from '@mallbots/db';
import type { Logger } from '@mallbots/telemetry';

/** The message of an error and, for aggregate errors (a failed batch), of its first cause. */
function describe(err: unknown): string {
  const e = err as Error & { errors?: unknown[] };
  const first =
    Array.isArray(e?.errors) && e.errors.length > 0 ? `: ${(e.errors[0] as Error)?.message ?? String(e.errors[0])}` : '';
  return `${e?.message ?? String(err)}${first}`;
}

export interface OutboxRow {
  id: string;
  messageId: string;
  /** Exchange kind; the broker adds its namespace. */
  exchange: 'events' | 'commands' | 'replies';
  routingKey: string;
  name: string;
  payload: Uint8Array;
  headers: Record<string, string>;
  correlationId: string | null;
  aggregateId: string | null;
  createdAt: Date;
}

/** Publishes rows in the given order and resolves once the broker confirmed all of them. */
export interface OutboxPublisher {
  publishRows(rows: readonly OutboxRow[]): Promise<void>;
}

export interface RelayObserver {
  published?(rows: readonly OutboxRow[], via: 'direct' | 'sweep'): void;
  failed?(err: unknown): void;
}

export interface RelayOptions {
  orm: MikroORM;
  schema: string;
  publisher: OutboxPublisher;
  logger: Logger;
  sweepIntervalMs?: number;
  /** The sweeper's interval while the outbox was empty at its last look (default 5000). */
  idleSweepIntervalMs?: number;
  /** Rows younger than this are left to the fast path by the sweeper (unless degraded). */
  graceMs?: number;
  batchSize?: number;
  /**
   * Published rows are deleted in batches gathered over this long (default 250 ms): long enough that the deletes
   * of one checkout's rows leave after its later hops instead of between them, short enough to keep the table small.
   */
  deleteDelayMs?: number;
  /** Inbox rows older than this are purged (default 7 days). */
  inboxRetentionMs?: number;
  observer?: RelayObserver;
}

interface RawRow {
  id: string;
  message_id: string;
  exchange: OutboxRow['exchange'];
  routing_key: string;
  name: string;
  payload: Buffer;
  headers: Record<string, string>;
  correlation_id: string | null;
  aggregate_id: string | null;
  created_at: Date | string;
}

const fromRaw = (r: RawRow): OutboxRow => ({
  id: String(r.id),
  messageId: r.message_id,
  exchange: r.exchange,
  routingKey: r.routing_key,
  name: r.name,
  payload: r.payload,
  headers: r.headers ?? {},
  correlationId: r.correlation_id,
  aggregateId: r.aggregate_id,
  createdAt: new Date(r.created_at),
});

export class OutboxRelay {
  readonly #o: Required<Omit<RelayOptions, 'observer'>> & { observer: RelayObserver };
  readonly #table: string;
  #queue: OutboxRow[] = [];
  #flushing: Promise<void> | undefined;
  #sweeping: Promise<number> | undefined;
  #degraded = false;
  #timer: NodeJS.Timeout | undefined;
  /** What the sweeper's last look found: rows old enough to sweep, only younger ones, or none. */
  #lastLook: 'due' | 'young' | 'empty' | undefined;
  #starts = 0;
  #lastPurge = 0;
  #stopped = false;
  #confirmed: string[] = [];
  #cleanup: Promise<void> | undefined;
  #deleteWait: (() => void) | undefined;

  constructor(opts: RelayOptions) {
    this.#o = {
      sweepIntervalMs: 1000,
      idleSweepIntervalMs: 5000,
      graceMs: 5000,
      batchSize: 500,
      deleteDelayMs: 250,
      inboxRetentionMs: 7 * 24 * 3600 * 1000,
      observer: {},
      ...opts,
    };
    this.#table = `"${opts.schema}".outbox`;
  }

  get degraded(): boolean {
    return this.#degraded;
  }

  start(): void {
    this.#stopped = false;
    void this.#sweepAndSchedule(++this.#starts);
  }

  /**
   * One sweep, then the next one after `sweepIntervalMs`, or after `idleSweepIntervalMs` when the table was empty
   * and nothing failed: rows left behind by a crash, or young rows the fast path is publishing, keep the short one.
   */
  async #sweepAndSchedule(start: number): Promise<void> {
    await this.sweep().catch(() => undefined);
    // stopped, or stopped and started again meanwhile (that start scheduled its own sweeps)
    if (this.#stopped || start !== this.#starts) return;
    const idle = !this.#degraded && this.#lastLook === 'empty';
    this.#timer = setTimeout(
      () => void this.#sweepAndSchedule(start),
      idle ? this.#o.idleSweepIntervalMs : this.#o.sweepIntervalMs,
    );
    this.#timer.unref();
  }

  /** Stops the sweeper and waits for the publish in flight. Unpublished rows stay in the table. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#flushing;
    this.#deleteWait?.();
    await this.#cleanup;
    await this.#sweeping?.catch(() => undefined);
  }

  /** Called after a commit with the rows it wrote. */
  notify(rows: readonly OutboxRow[]): void {
    if (rows.length === 0 || this.#stopped) return;
    // The relay's own work (publishing, deleting) belongs to no request: run it outside the caller's trace
    // context, so a request's trace is not charged with batches that also carry other requests' messages.
    context.with(ROOT_CONTEXT, () => {
      if (this.#degraded) {
        void this.sweep().catch(() => undefined);
        return;
      }
      this.#queue.push(...rows);
      this.#kick();
    });
  }

  /** Resolves when everything notified so far has been published (or handed to the sweeper). */
  async idle(): Promise<void> {
    while (this.#flushing || this.#cleanup) await (this.#flushing ?? this.#cleanup);
  }

  #kick(): void {
    if (this.#flushing) return;
    this.#flushing = this.#flush().finally(() => {
      this.#flushing = undefined;
      if (this.#queue.length > 0 && !this.#degraded) this.#kick();
    });
  }

  async #flush(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.#o.batchSize);
      try {
        await this.#o.publisher.publishRows(batch);
      } catch (err) {
        this.#degraded = true;
        this.#queue = [];
        this.#o.observer.failed?.(err);
        this.#o.logger.warn({ err: describe(err), rows: batch.length }, 'outbox publish failed; the sweeper takes over');
        void this.sweep().catch(() => undefined);
        return;
      }
      this.#o.observer.published?.(batch, 'direct');
      // The delete does not hold up the next batch: order matters for publishing, not for cleaning up.
      // At most one delete is outstanding; ids confirmed meanwhile join the next one.
      this.#confirmed.push(...batch.map((r) => r.id));
      this.#cleanup ??= this.#deleteConfirmed();
    }
  }

  /**
   * Deletes published rows in batches: ids confirmed within `deleteDelayMs` (or until `batchSize` of them)
   * leave in one statement, and that statement commits without waiting for the WAL flush. Losing such a delete
   * in a crash only means the sweeper republishes rows the consumers' inboxes already hold, so it needs no
   * durability of its own; a synchronous commit per published batch used to double the WAL flushes of a unit of
   * work.
   */
  async #deleteConfirmed(): Promise<void> {
    try {
      while (this.#confirmed.length > 0) {
        if (!this.#stopped && this.#confirmed.length < this.#o.batchSize) {
          await new Promise<void>((resolve) => {
            this.#deleteWait = resolve;
            setTimeout(resolve, this.#o.deleteDelayMs).unref();
          });
          this.#deleteWait = undefined;
        }
        const ids = this.#confirmed.splice(0);
        await this.#deleteAsync(ids).catch((err: unknown) => {
          // Published but not deleted: the sweeper republishes them later; consumers drop the duplicates.
          this.#o.logger.warn({ err: (err as Error).message }, 'could not delete published outbox rows');
        });
      }
    } finally {
      this.#cleanup = undefined;
    }
  }

  /** One round trip: an implicit transaction (simple protocol) whose commit does not wait for the WAL flush. */
  async #deleteAsync(ids: string[]): Promise<void> {
    for (const id of ids) if (!/^\d+$/.test(id)) throw new Error(`invalid outbox id ${JSON.stringify(id)}`);
    await (
      await this.#nativePool()
    ).query(
      `select set_config('synchronous_commit', 'off', true); delete from ${this.#table} where id = any('{${ids.join(',')}}'::bigint[])`,
    );
  }

  /**
   * The pool under the ORM: the relay's own statements (deletes, the sweeper's look) need no EntityManager. Asked
   * for each time, not kept: the ORM replaces its pool when it reconnects.
   */
  #nativePool(): Promise<pg.Pool> {
    return nativePool(this.#o.orm);
  }

  async #delete(em: EntityManager, ids: string[]): Promise<void> {
    // A PostgreSQL array literal: the ORM would expand a JS array into a list of parameters.
    await em.execute(`delete from ${this.#table} where id = any(?::bigint[])`, [`{${ids.join(',')}}`], 'run');
  }

  /** One sweep: publishes and deletes stale rows batch by batch. Returns the number of rows published. */
  sweep(): Promise<number> {
    if (this.#sweeping) return this.#sweeping;
    this.#sweeping = this.#sweepOnce().finally(() => {
      this.#sweeping = undefined;
    });
    return this.#sweeping;
  }

  async #sweepOnce(): Promise<number> {
    let total = 0;
    try {
      for (;;) {
        if (this.#stopped) break;
        const graceMs = this.#degraded ? 0 : this.#o.graceMs;
        // Nearly every sweep finds nothing: one autocommitted look instead of begin, select … for update, commit.
        this.#lastLook = await this.#look(graceMs);
        const n =
          this.#lastLook !== 'due'
            ? 0
            : await this.#o.orm.em.fork().transactional(async (em) => {
                const raw = await em.execute<RawRow[]>(
                  `select * from ${this.#table}
              where created_at <= now() - (? * interval '1 millisecond')
              order by id limit ? for update skip locked`,
                  [graceMs, this.#o.batchSize],
                );
                if (raw.length === 0) return 0;
                const rows = raw.map(fromRaw);
                await this.#o.publisher.publishRows(rows);
                this.#o.observer.published?.(rows, 'sweep');
                await this.#delete(
                  em,
                  rows.map((r) => r.id),
                );
                return rows.length;
              });
        total += n;
        if (n === 0) {
          if (this.#degraded) {
            this.#degraded = false;
            this.#o.logger.info('outbox backlog drained; direct publishing resumes');
          }
          break;
        }
      }
      await this.#purgeInbox();
    } catch (err) {
      this.#o.observer.failed?.(err);
      this.#o.logger.warn({ err: describe(err) }, 'outbox sweep failed; retrying on the next tick');
      this.#degraded = true;
    }
    if (total > 0) this.#o.logger.info({ rows: total }, 'outbox sweeper published stale rows');
    return total;
  }

  /** Nearly every sweep stops here: one parameterised statement on the pool, no transaction. */
  async #look(graceMs: number): Promise<'due' | 'young' | 'empty'> {
    const r = await (
      await this.#nativePool()
    ).query<{ due: boolean | null }>(
      `select min(created_at) <= now() - ($1 * interval '1 millisecond') as due from ${this.#table}`,
      [graceMs],
    );
    const due = r.rows[0]?.due;
    return due === true ? 'due' : due === false ? 'young' : 'empty';
  }

  async #purgeInbox(): Promise<void> {
    const now = Date.now();
    if (now - this.#lastPurge < 3600_000) return;
    this.#lastPurge = now;
    const inbox = this.#table.replace(/outbox$/, 'inbox');
    await this.#o.orm.em
      .fork()
      .execute(
        `delete from ${inbox} where received_at < now() - (? * interval '1 millisecond')`,
        [this.#o.inboxRetentionMs],
        'run',
      );
  }

  /** Unpublished rows and the age of the oldest, for metrics. */
  async backlog(): Promise<{ rows: number; oldestAgeMs: number }> {
    const r = await this.#o.orm.em
      .fork()
      .execute<{ n: string; age_ms: number | null }[]>(
        `select count(*) as n, extract(epoch from (now() - min(created_at))) * 1000 as age_ms from ${this.#table}`,
      );
    return { rows: Number(r[0]?.n ?? 0), oldestAgeMs: Number(r[0]?.age_ms ?? 0) };
  }
}
