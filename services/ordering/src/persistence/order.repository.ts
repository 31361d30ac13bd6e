/**
 * Loads and saves Order aggregates through lib/es's event store, within a unit of work.
 *
 * Writers load with `lockAndLoad` / `lockAndFind`: a transaction-scoped advisory lock per order id (lib/es
 * `lockRead`, in the same round trip as the read) serialises concurrent changes of one order (two deliveries of
 * the same checkout, a saga command racing a gRPC call, several replicas). Without it the loser of such a race
 * would fail on the event store's version check with ABORTED although, after waiting, its change would have been a
 * no-op or a clean FAILED_PRECONDITION. Readers do not lock.
 *
 * Reads go through the unit of work's `readAll` and writes are its closing writes: prepared statements, and no
 * EntityManager for the unit.
 */
import { EventStore, type EventWriter, type StoredEvent } from '@mallbots/es';
import { NotFound } from '@mallbots/rpc/errors';
import type { UnitOfWork } from '@mallbots/tm';
import { Order, type OrderEvent } from '../domain/order.ts';

/** What the repository needs of a unit of work to read. */
type Reader = Pick<UnitOfWork, 'readAll'>;

export class OrderRepository {
  readonly #store: EventStore;

  constructor(schema: string) {
    this.#store = new EventStore({ schema });
  }

  /**
   * Waits for, then holds until commit, the write lock of one order, and loads it after that: the order, or a
   * fresh (status new) aggregate when its stream is empty.
   */
  async lockAndLoad(uow: Reader, id: string): Promise<Order> {
    return (await this.#lockedLoad(uow, id)) ?? new Order(id);
  }

  /** The same for a change of an existing order: NOT_FOUND when it does not exist. */
  async lockAndFind(uow: Reader, id: string): Promise<Order> {
    return this.#found(id, await this.#lockedLoad(uow, id));
  }

  /** The order (no lock: for readers); NOT_FOUND when it does not exist. */
  async find(uow: Reader, id: string): Promise<Order> {
    const [order] = await uow.readAll([this.#store.loadRead(new Order(id))] as const);
    return this.#found(id, order);
  }

  async #lockedLoad(uow: Reader, id: string): Promise<Order | undefined> {
    const order = new Order(id);
    const [, loaded] = await uow.readAll([this.#store.lockRead(order), this.#store.loadRead(order)] as const);
    return loaded;
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
