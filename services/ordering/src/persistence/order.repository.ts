/**
 * Loads and saves Order aggregates through lib/es's event store, always with the unit of work's EntityManager.
 *
 * Writers call `lock` first: a transaction-scoped advisory lock per order id serialises concurrent changes of one
 * order (two deliveries of the same checkout, a saga command racing a gRPC call, several replicas). Without it
 * the loser of such a race would fail on the event store's version check with ABORTED although, after waiting,
 * its change would have been a no-op or a clean FAILED_PRECONDITION. Readers do not lock.
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

  /** Waits for, then holds until commit, the write lock of one order. */
  async lock(em: EntityManager, id: string): Promise<void> {
    await em.execute('select pg_advisory_xact_lock(hashtext(?), hashtext(?))', ['ordering.Order', id]);
  }

  /** The order, or a fresh (status new) aggregate when its stream is empty. */
  async load(em: EntityManager, id: string): Promise<Order> {
    return (await this.#store.load(em, new Order(id))) ?? new Order(id);
  }

  /** The order; NOT_FOUND when it does not exist. */
  async find(em: EntityManager, id: string): Promise<Order> {
    const order = await this.#store.load(em, new Order(id));
    if (!order) throw new NotFound(`order ${id} not found`);
    return order;
  }

  /** Appends the pending events; returns them with their versions (for the integration events). */
  /** Queues the append of the pending events in the unit of work (ABORTED at commit when another change came first). */
  save(uow: EventWriter, order: Order): Promise<StoredEvent<OrderEvent>[]> {
    return this.#store.save(uow, order);
  }
}
