import type { EntityManager } from '@mallbots/db';
import type { EventStore, EventWriter, StoredEvent } from '@mallbots/es';
import { NotFound } from '@mallbots/rpc/errors';
import { Store, type StoreEvent } from '../domain/store.ts';

/**
 * Loads and saves Store aggregates through the event store (snapshot, then later events). Always used with the
 * unit of work's EntityManager, so the appended events commit or roll back with everything else of the call.
 */
export class StoreRepository {
  readonly #events: EventStore;

  constructor(events: EventStore) {
    this.#events = events;
  }

  /** NOT_FOUND when the store has no events. */
  async find(em: EntityManager, id: string): Promise<Store> {
    const store = await this.#events.load(em, new Store(id));
    if (!store) throw new NotFound('store with that ID does not exist');
    return store;
  }

  /** Appends the pending events (ABORTED if another writer appended first); returns them with their versions. */
  /** Queues the append of the pending events in the unit of work (ABORTED at commit when another change came first). */
  save(uow: EventWriter, store: Store): Promise<StoredEvent<StoreEvent>[]> {
    return this.#events.save(uow, store);
  }
}
