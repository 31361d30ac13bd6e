/**
 * Event-sourced aggregates.
 *
 * An aggregate's state is the fold of its events. Command methods validate, then `raise` events; `raise`
 * applies the event at once (so later checks in the same command see it) and keeps it as pending until the
 * store appends it. `version` is the number of events already stored: the store appends the pending ones at
 * version+1.. and fails if another writer got there first (optimistic concurrency on (stream, version)).
 */

/** A domain event: a name like `stores.StoreCreated` and a JSON-serialisable body. */
export interface DomainEvent {
  readonly name: string;
}

export abstract class AggregateRoot<E extends DomainEvent, S = unknown> {
  readonly id: string;
  #version = 0;
  #pending: E[] = [];

  constructor(id: string) {
    this.id = id;
  }

  /** The stream name of this aggregate type, e.g. `stores.Store`. */
  abstract readonly streamName: string;

  /** Applies one event to the state. Must not throw: events are facts. */
  protected abstract apply(event: E): void;

  /** A JSON-serialisable copy of the state, for snapshots. */
  abstract toSnapshot(): S;

  /** Restores the state from `toSnapshot()` output. */
  protected abstract fromSnapshot(snapshot: S): void;

  /** Stored version (events already persisted). */
  get version(): number {
    return this.#version;
  }

  get pendingEvents(): readonly E[] {
    return this.#pending;
  }

  protected raise(event: E): void {
    this.apply(event);
    this.#pending.push(event);
  }

  /** Used by the store only. */
  replay(events: readonly E[], fromVersion: number): void {
    for (const e of events) this.apply(e);
    this.#version = fromVersion + events.length;
  }

  /** Used by the store only. */
  restore(snapshot: S, version: number): void {
    this.fromSnapshot(snapshot);
    this.#version = version;
  }

  /** Used by the store only, after the pending events were appended. */
  commit(): void {
    this.#version += this.#pending.length;
    this.#pending = [];
  }
}
