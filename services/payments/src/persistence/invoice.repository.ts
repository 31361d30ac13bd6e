import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mallbots/db';
import { NotFound } from '@mallbots/rpc/errors';
import { Invoice, type InvoiceStatus } from '../domain/invoice.ts';
import { InvoiceRecord } from './invoice.entity.ts';

/** Maps Invoice aggregates to `invoices` rows. Always used with the unit of work's EntityManager. */
export class InvoiceRepository {
  readonly #table: string;

  constructor(schema: string) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema "${schema}"`);
    this.#table = `"${schema}".invoices`;
  }

  /** Loads an invoice; NOT_FOUND if there is none. `forUpdate` serialises concurrent changes (one InvoicePaid). */
  async find(em: EntityManager, id: string, opts: { forUpdate?: boolean } = {}): Promise<Invoice> {
    const row = await em.findOne(InvoiceRecord, { id }, opts.forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!row) throw new NotFound(`invoice ${id} not found`);
    return Invoice.restore({
      id: row.id,
      orderId: row.orderId,
      paymentId: row.paymentId,
      amount: row.amount,
      status: row.status as InvoiceStatus,
    });
  }

  /**
   * Inserts a new invoice unless one with its id (= the order id) exists; returns whether it was inserted.
   * `on conflict do nothing` makes two concurrent creations for one order safe: exactly one inserts.
   */
  async insertIfAbsent(em: EntityManager, invoice: Invoice): Promise<boolean> {
    const s = invoice.state();
    const rows = await em.execute<{ id: string }[]>(
      `insert into ${this.#table} (id, order_id, payment_id, amount, status) values (?, ?, ?, ?, ?)
       on conflict do nothing returning id`,
      [s.id, s.orderId, s.paymentId, s.amount, s.status],
    );
    return rows.length === 1;
  }

  /** Writes the amount and status of an existing invoice. */
  async update(em: EntityManager, invoice: Invoice): Promise<void> {
    const s = invoice.state();
    const row = await em.findOneOrFail(InvoiceRecord, { id: s.id });
    row.amount = s.amount;
    row.status = s.status;
    await em.flush();
  }
}
