import { EventStore, type EventWriter, everyNEvents, type StoredEvent } from '@mallbots/es';
import { NotFound } from '@mallbots/rpc/errors';
import type { Read, UnitOfWork } from '@mallbots/tm';
import { Basket, type BasketEvent } from '../domain/basket.ts';

/** A snapshot every 10 events: most baskets never need one, long-lived ones load from it. */
export const SNAPSHOT_EVERY = 10;

/**
 * Loads and saves Basket aggregates in the `baskets` schema's event store, through the unit of work's `readAll` and
 * closing writes (prepared statements, no EntityManager).
 */
export class BasketRepository {
  readonly #store: EventStore;

  constructor(schema: string) {
    this.#store = new EventStore({ schema, snapshotPolicy: everyNEvents(SNAPSHOT_EVERY) });
  }

  /** The basket; NOT_FOUND when it does not exist. */
  async find(uow: Pick<UnitOfWork, 'readAll'>, id: string): Promise<Basket> {
    const [basket] = await uow.readAll([this.findRead(id)] as const);
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
