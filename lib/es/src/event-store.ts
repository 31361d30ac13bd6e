/**
 * The event store of one service schema: `events` (append-only, PK (stream_id, stream_name, stream_version))
 * and `snapshots` (one row per stream, upserted).
 *
 * - `load` reads the snapshot if any, then only the later events, in version order.
 * - `save` queues the append of the pending events, at the aggregate's version+1…, as closing writes of the
 *   caller's unit of work (no round trip of its own); when another writer appended those versions first, the
 *   insert adds fewer rows than events and the unit of work fails with `Aborted`, writing nothing. It queues a
 *   snapshot too when the policy says so.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Aborted } from '@mallbots/rpc';
import type { Read } from '@mallbots/tm';
import type { AggregateRoot, DomainEvent } from './aggregate.ts';

/** Decides after a save whether to store a snapshot. */
export type SnapshotPolicy = (previousVersion: number, newVersion: number) => boolean;

/** A snapshot whenever the version crosses a multiple of `n`. */
export const everyNEvents =
  (n: number): SnapshotPolicy =>
  (prev, next) =>
    n > 0 && Math.floor(next / n) > Math.floor(prev / n);

export const neverSnapshot: SnapshotPolicy = () => false;

export interface StoredEvent<E extends DomainEvent = DomainEvent> {
  eventId: string;
  streamId: string;
  streamName: string;
  version: number;
  event: E;
  occurredAt: Date;
}

/** SQL for a service's migration: creates the event store tables in the current schema. */
export const EVENT_STORE_TABLES = [
  `create table events (
     stream_id text not null,
     stream_name text not null,
     stream_version integer not null,
     event_id uuid not null unique,
     event_name text not null,
     event_data jsonb not null,
     occurred_at timestamptz not null default now(),
     primary key (stream_id, stream_name, stream_version)
   )`,
  `create table snapshots (
     stream_id text not null,
     stream_name text not null,
     stream_version integer not null,
     snapshot_data jsonb not null,
     updated_at timestamptz not null default now(),
     primary key (stream_id, stream_name)
   )`,
];

export interface EventStoreOptions {
  /** The service schema holding `events` and `snapshots`. */
  schema: string;
  snapshotPolicy?: SnapshotPolicy;
}

/** Where `save` queues its writes: a unit of work (`@mallbots/tm`'s `UnitOfWork.write`). */
export interface EventWriter {
  write(sql: string, params: readonly unknown[], check?: { rows: number; error: () => Error }): void;
}

export class EventStore {
  readonly #events: string;
  readonly #snapshots: string;
  readonly #policy: SnapshotPolicy;

  constructor(opts: EventStoreOptions) {
    if (!/^[a-z_][a-z0-9_]*$/.test(opts.schema)) throw new Error(`invalid schema "${opts.schema}"`);
    this.#events = `"${opts.schema}".events`;
    this.#snapshots = `"${opts.schema}".snapshots`;
    this.#policy = opts.snapshotPolicy ?? everyNEvents(20);
  }

  /**
   * Loads the aggregate, or returns undefined when its stream has no events (a reader with an EntityManager). A unit
   * of work reads through `UnitOfWork.readAll` instead, with `loadRead` and, for a writer, `lockRead` before it:
   * prepared statements, and no EntityManager for the unit.
   */
  async load<E extends DomainEvent, S, A extends AggregateRoot<E, S>>(em: EntityManager, aggregate: A): Promise<A | undefined> {
    const read = this.loadRead<E, S, A>(aggregate);
    return read.map(await em.execute<Record<string, unknown>[]>(read.sql, [...read.params]));
  }

  /**
   * Takes the stream's transaction-scoped advisory lock (`pg_advisory_xact_lock(hashtext(stream name),
   * hashtext(id))`, held until commit), as a read for `UnitOfWork.readAll` placed before the stream's `loadRead`,
   * so that concurrent writers of one stream take turns instead of failing with Aborted. The load must be a
   * statement of its own after the lock (in the same `readAll`, so no round trip is added), not part of the lock's
   * statement: under READ COMMITTED each statement takes its snapshot when it starts, so the load then sees what
   * the previous holder of the lock committed.
   */
  lockRead(aggregate: { id: string; streamName: string }): Read<void> {
    return {
      sql: 'select pg_advisory_xact_lock(hashtext(?), hashtext(?))',
      params: [aggregate.streamName, aggregate.id],
      map: () => undefined,
    };
  }

  /**
   * `load` (without lock) as a read for lib/tm's `UnitOfWork.readAll`, to share a round trip with other reads:
   * one query, the snapshot (if any) first, then the events after it.
   */
  loadRead<E extends DomainEvent, S, A extends AggregateRoot<E, S>>(aggregate: A): Read<A | undefined> {
    return {
      sql: `with snap as (
         select stream_version, snapshot_data from ${this.#snapshots} where stream_id = ? and stream_name = ?
       )
       select 's' as kind, stream_version, snapshot_data as data, null as event_name from snap
       union all
       select 'e' as kind, e.stream_version, e.event_data as data, e.event_name from ${this.#events} e
        where e.stream_id = ? and e.stream_name = ?
          and e.stream_version > coalesce((select stream_version from snap), 0)
       order by kind desc, stream_version`,
      params: [aggregate.id, aggregate.streamName, aggregate.id, aggregate.streamName],
      map: (raw) => {
        const found = raw as unknown as { kind: 's' | 'e'; stream_version: number; data: unknown; event_name: string | null }[];
        let from = 0;
        const first = found[0];
        if (first?.kind === 's') {
          aggregate.restore(first.data as S, first.stream_version);
          from = first.stream_version;
        }
        const rows = found
          .filter((r) => r.kind === 'e')
          .map((r) => ({ event_name: r.event_name as string, event_data: r.data as Omit<E, 'name'> }));
        if (from === 0 && rows.length === 0) return undefined;
        aggregate.replay(
          rows.map((r) => ({ ...r.event_data, name: r.event_name }) as unknown as E),
          from,
        );
        return aggregate;
      },
    };
  }

  /**
   * Queues the append of the pending events (and a snapshot when the policy asks) as closing writes of the unit of
   * work (`UnitOfWork.write`): they leave with its outbox rows and its `commit` in one round trip. Returns the
   * events as they will be stored. A concurrent append of the same version makes the unit of work fail with
   * Aborted when it commits, and nothing of it is written.
   */
  async save<E extends DomainEvent, S>(uow: EventWriter, aggregate: AggregateRoot<E, S>): Promise<StoredEvent<E>[]> {
    const pending = aggregate.pendingEvents;
    if (pending.length === 0) return [];
    const before = aggregate.version;
    const now = new Date();
    const stored: StoredEvent<E>[] = pending.map((event, i) => ({
      eventId: randomUUID(),
      streamId: aggregate.id,
      streamName: aggregate.streamName,
      version: before + i + 1,
      event,
      occurredAt: now,
    }));
    const values = stored.map(() => '(?, ?, ?, ?, ?, ?::jsonb, ?)').join(', ');
    const params = stored.flatMap((s) => {
      const { name, ...data } = s.event;
      return [s.streamId, s.streamName, s.version, s.eventId, name, JSON.stringify(data), s.occurredAt];
    });
    const { streamName, id } = aggregate;
    uow.write(
      `insert into ${this.#events} (stream_id, stream_name, stream_version, event_id, event_name, event_data, occurred_at)
       values ${values} on conflict do nothing`,
      params,
      { rows: stored.length, error: () => new Aborted(`${streamName} ${id} was changed concurrently, retry`) },
    );
    aggregate.commit();
    if (this.#policy(before, aggregate.version)) {
      uow.write(
        `insert into ${this.#snapshots} (stream_id, stream_name, stream_version, snapshot_data, updated_at)
         values (?, ?, ?, ?::jsonb, now())
         on conflict (stream_id, stream_name) do update
           set stream_version = excluded.stream_version, snapshot_data = excluded.snapshot_data, updated_at = now()`,
        [aggregate.id, aggregate.streamName, aggregate.version, JSON.stringify(aggregate.toSnapshot())],
      );
    }
    return stored;
  }
}
