import type { EntityManager } from '@mallbots/db';
import type { StoredEvent } from '@mallbots/es';
import type { StoreEvent } from '../domain/store.ts';
import { StoreRecord } from './store.entity.ts';

/** A store as the queries see it. */
export interface StoreView {
  id: string;
  name: string;
  location: string;
  participating: boolean;
  version: number;
}

const view = (r: StoreView): StoreView => ({
  id: r.id,
  name: r.name,
  location: r.location,
  participating: r.participating,
  version: r.version,
});

/**
 * The `stores` projection. `apply` runs in the unit of work that appended the events, so the projection can
 * never lag behind or run ahead of the event store; appends to one stream are serialised by the event store's
 * optimistic concurrency, so the events arrive here in version order.
 */
export class StoreProjection {
  async apply(em: EntityManager, events: readonly StoredEvent<StoreEvent>[]): Promise<void> {
    for (const { streamId: id, version, event } of events) {
      switch (event.name) {
        case 'stores.StoreCreated':
          await em.insert(StoreRecord, { id, name: event.storeName, location: event.location, participating: false, version });
          break;
        case 'stores.StoreParticipationEnabled':
          await this.#update(em, id, { participating: true, version });
          break;
        case 'stores.StoreParticipationDisabled':
          await this.#update(em, id, { participating: false, version });
          break;
        case 'stores.StoreRebranded':
          await this.#update(em, id, { name: event.storeName, version });
          break;
      }
    }
  }

  async #update(em: EntityManager, id: string, data: Partial<Omit<StoreView, 'id'>>): Promise<void> {
    const n = await em.nativeUpdate(StoreRecord, { id }, data);
    // A missing row means the projection diverged from the events: fail the whole unit of work (INTERNAL).
    if (n !== 1) throw new Error(`stores projection has no row for store ${id}`);
  }

  async find(em: EntityManager, id: string): Promise<StoreView | undefined> {
    const row = await em.findOne(StoreRecord, { id });
    return row ? view(row) : undefined;
  }

  /** At most `limit` stores ordered by name (then id, so equal names page deterministically). */
  async list(em: EntityManager, opts: { participatingOnly: boolean; limit: number }): Promise<StoreView[]> {
    const rows = await em.find(StoreRecord, opts.participatingOnly ? { participating: true } : {}, {
      orderBy: { name: 'asc', id: 'asc' },
      limit: opts.limit,
    });
    return rows.map(view);
  }
}
