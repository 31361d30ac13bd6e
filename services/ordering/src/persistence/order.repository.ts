/**
 * Loads and saves Order aggregates through lib/es's event store, always with the unit of work's EntityManager.
 *
 * Writers load with `lockAndLoad` / `lockAndFind`: a transaction-scoped advisory lock per order id (lib/es
 * `load(…, { lock: true })`, in the same round trip as the read) serialises concurrent changes of one order (two
 * deliveries of the same checkout, a saga command racing a gRPC call, several replicas). Without it the loser of
 * such a race would fail on the event store's version check with ABORTED although, after waiting, its change would
 * have been a no-op or a clean FAILED_PRECONDITION. Readers do not lock.
 */
import type { EntityManager } from '@mallbots/db';
import { EventStore, type EventWriter, type StoredEvent } from '@mallbots/es';
import { NotFound } from '@mallbots/rpc/errors';
import { Order, type OrderEvent } from '../domain/order.ts';

export class OrderRepository {
  readonly #store: EventStore;

  constructor(schema: string) {
    this.#store = new EventStore({ schema });
  }

  /**
   * Waits for, then holds until commit, the write lock of one order, and loads it after that: the order, or a
   * fresh (status new) aggregate when its stream is empty.
   */
  async lockAndLoad(em: EntityManager, id: string): Promise<Order> {
    return (await this.#store.load(em, new Order(id), { lock: true })) ?? new Order(id);
  }

  /** The same for a change of an existing order: NOT_FOUND when it does not exist. */
  async lockAndFind(em: EntityManager, id: string): Promise<Order> {
    return this.#found(id, await this.#store.load(em, new Order(id), { lock: true }));
  }

  /** The order (no lock: for readers); NOT_FOUND when it does not exist. */
  async find(em: EntityManager, id: string): Promise<Order> {
    return this.#found(id, await this.#store.load(em, new Order(id)));
  }

  #found(id: string, order: Order | undefined): Order {
    if (!order) throw new NotFound(`order ${id} not found`);
    return order;
  }

  /** Appends the pending events; returns them with their versions (for the integration events). */
  /** Queues the append of the pending events in the unit of work (ABORTED at commit when another change came first). */
  save(uow: EventWriter, order: Order): Promise<StoredEvent<OrderEvent>[]> {
    return this.#store.save(uow, order);
  }
}
