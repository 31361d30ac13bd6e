import type { EntityManager } from '@mallbots/db';
import { EventStore, type EventWriter, everyNEvents, type StoredEvent } from '@mallbots/es';
import { NotFound } from '@mallbots/rpc/errors';
import type { Read } from '@mallbots/tm';
import { Basket, type BasketEvent } from '../domain/basket.ts';

/** A snapshot every 10 events: most baskets never need one, long-lived ones load from it. */
export const SNAPSHOT_EVERY = 10;

/** Loads and saves Basket aggregates in the `baskets` schema's event store. Always used with the unit of work's EntityManager. */
export class BasketRepository {
  readonly #store: EventStore;

  constructor(schema: string) {
    this.#store = new EventStore({ schema, snapshotPolicy: everyNEvents(SNAPSHOT_EVERY) });
  }

  async find(em: EntityManager, id: string): Promise<Basket> {
    const basket = await this.#store.load(em, new Basket(id));
    if (!basket) throw new NotFound(`basket ${id} not found`);
    return basket;
  }

  /** `find` as a read for `UnitOfWork.readAll` (NOT_FOUND from the mapping). */
  findRead(id: string): Read<Basket> {
    const read = this.#store.loadRead(new Basket(id));
    return {
      ...read,
      map: (rows) => {
        const basket = read.map(rows);
        if (!basket) throw new NotFound(`basket ${id} not found`);
        return basket;
      },
    };
  }

  /** Queues the append of the pending events in the unit of work (ABORTED at commit when another change came first). */
  save(uow: EventWriter, basket: Basket): Promise<StoredEvent<BasketEvent>[]> {
    return this.#store.save(uow, basket);
  }
}
