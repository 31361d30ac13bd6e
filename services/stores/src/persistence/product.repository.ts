import type { EntityManager } from '@mallbots/db';
import type { EventStore, EventWriter, StoredEvent } from '@mallbots/es';
import { NotFound } from '@mallbots/rpc/errors';
import { Product, type ProductEvent } from '../domain/product.ts';

/**
 * Loads and saves Product aggregates through the event store (snapshot, then later events). Always used with
 * the unit of work's EntityManager. A removed product still loads (its stream exists); the aggregate refuses
 * further changes.
 */
export class ProductRepository {
  readonly #events: EventStore;

  constructor(events: EventStore) {
    this.#events = events;
  }

  /** NOT_FOUND when the product has no events. */
  async find(em: EntityManager, id: string): Promise<Product> {
    const product = await this.#events.load(em, new Product(id));
    if (!product) throw new NotFound('product with that ID does not exist');
    return product;
  }

  /** Appends the pending events (ABORTED if another writer appended first); returns them with their versions. */
  /** Queues the append of the pending events in the unit of work (ABORTED at commit when another change came first). */
  save(uow: EventWriter, product: Product): Promise<StoredEvent<ProductEvent>[]> {
    return this.#events.save(uow, product);
  }
}
