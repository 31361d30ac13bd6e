import type { Read, UnitOfWork } from '@mallbots/tm';
import { NotFound } from '@mallbots/rpc/errors';
import { Payment } from '../domain/payment.ts';

interface RawRow {
  id: string;
  customer_id: string;
  amount: string | number;
  order_id: string | null;
  confirmed_at: Date | string | null;
  canceled_at: Date | string | null;
}

const date = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));

const restore = (row: RawRow): Payment =>
  Payment.restore({
    id: row.id,
    customerId: row.customer_id,
    amount: Number(row.amount),
    orderId: row.order_id,
    confirmedAt: date(row.confirmed_at),
    canceledAt: date(row.canceled_at),
  });

/**
 * Maps Payment aggregates to `payments` rows, within a unit of work. Raw SQL, one statement per call: these are
 * on the saga's path (ConfirmPayment), where the ORM's entity loading and change sets cost more than the
 * statements themselves (docs/performance.md). Reads go through `readAll` (a prepared statement) and writes are
 * closing writes, so these units of work need no EntityManager at all.
 */
export class PaymentRepository {
  readonly #table: string;

  constructor(schema: string) {
    this.#table = `"${schema}".payments`;
  }

  /**
   * Loads a payment; NOT_FOUND if there is none. `forUpdate` locks the row until the transaction ends, so two
   * concurrent confirmations (or a confirmation and a cancel) are applied one after the other.
   */
  async find(uow: UnitOfWork, id: string, opts: { forUpdate?: boolean } = {}): Promise<Payment> {
    const payment = await this.findOrNull(uow, id, opts);
    if (!payment) throw new NotFound(`payment ${id} not found`);
    return payment;
  }

  /**
   * Loads a payment, or null if there is none (see `find`), through `readAll`: a prepared statement that travels
   * with `begin` and the inbox insert, and no EntityManager for the unit of work.
   */
  async findOrNull(uow: UnitOfWork, id: string, opts: { forUpdate?: boolean } = {}): Promise<Payment | null> {
    const [payment] = await uow.readAll([this.#findRead(id, opts.forUpdate === true)] as const);
    return payment;
  }

  #findRead(id: string, forUpdate: boolean): Read<Payment | null> {
    return {
      sql: `select id, customer_id, amount, order_id, confirmed_at, canceled_at from ${this.#table} where id = ?${
        forUpdate ? ' for update' : ''
      }`,
      params: [id],
      map: (rows) => {
        const row = rows[0] as RawRow | undefined;
        return row ? restore(row) : null;
      },
    };
  }

  /**
   * Queues the insert or update (only the order, the confirmation and the cancellation change after creation) as
   * a closing write of the unit of work: it commits with it, in its last round trip.
   */
  save(uow: UnitOfWork, payment: Payment): void {
    const s = payment.state();
    uow.write(
      `insert into ${this.#table} (id, customer_id, amount, order_id, confirmed_at, canceled_at, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, now(), now())
       on conflict (id) do update set order_id = excluded.order_id, confirmed_at = excluded.confirmed_at,
         canceled_at = excluded.canceled_at, updated_at = now()`,
      [s.id, s.customerId, s.amount, s.orderId, s.confirmedAt, s.canceledAt],
    );
  }
}
