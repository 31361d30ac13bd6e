import type { EntityManager } from '@mallbots/db';
import type { UnitOfWork } from '@mallbots/tm';
import { NotFound } from '@mallbots/rpc/errors';
import { Payment } from '../domain/payment.ts';

interface RawRow {
  id: string;
  customer_id: string;
  amount: string | number;
  confirmed_at: Date | string | null;
}

/**
 * Maps Payment aggregates to `payments` rows. Always used with the unit of work's EntityManager. Raw SQL, one
 * statement per call: these are on the saga's path (ConfirmPayment), where the ORM's entity loading and change
 * sets cost more than the statements themselves (docs/performance.md).
 */
export class PaymentRepository {
  readonly #table: string;

  constructor(schema: string) {
    this.#table = `"${schema}".payments`;
  }

  /**
   * Loads a payment; NOT_FOUND if there is none. `forUpdate` locks the row until the transaction ends, so two
   * concurrent confirmations are applied one after the other (the second sees the first).
   */
  async find(em: EntityManager, id: string, opts: { forUpdate?: boolean } = {}): Promise<Payment> {
    const rows = await em.execute<RawRow[]>(
      `select id, customer_id, amount, confirmed_at from ${this.#table} where id = ?${opts.forUpdate ? ' for update' : ''}`,
      [id],
    );
    const row = rows[0];
    if (!row) throw new NotFound(`payment ${id} not found`);
    return Payment.restore({
      id: row.id,
      customerId: row.customer_id,
      amount: Number(row.amount),
      confirmedAt: row.confirmed_at === null ? null : new Date(row.confirmed_at),
    });
  }

  /**
   * Queues the insert or update (only the confirmation changes after creation) as a closing write of the unit of
   * work: it commits with it, in its last round trip.
   */
  save(uow: UnitOfWork, payment: Payment): void {
    const s = payment.state();
    uow.write(
      `insert into ${this.#table} (id, customer_id, amount, confirmed_at, created_at, updated_at)
       values (?, ?, ?, ?, now(), now())
       on conflict (id) do update set confirmed_at = excluded.confirmed_at, updated_at = now()`,
      [s.id, s.customerId, s.amount, s.confirmedAt],
    );
  }
}
