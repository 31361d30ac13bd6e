import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mallbots/db';
import { NotFound } from '@mallbots/rpc/errors';
import { Payment } from '../domain/payment.ts';
import { PaymentRecord } from './payment.entity.ts';

/** Maps Payment aggregates to `payments` rows. Always used with the unit of work's EntityManager. */
export class PaymentRepository {
  /**
   * Loads a payment; NOT_FOUND if there is none. `forUpdate` locks the row until the transaction ends, so two
   * concurrent confirmations are applied one after the other (the second sees the first).
   */
  async find(em: EntityManager, id: string, opts: { forUpdate?: boolean } = {}): Promise<Payment> {
    const row = await em.findOne(PaymentRecord, { id }, opts.forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!row) throw new NotFound(`payment ${id} not found`);
    return Payment.restore({ id: row.id, customerId: row.customerId, amount: row.amount, confirmedAt: row.confirmedAt ?? null });
  }

  /** Inserts or updates; flushed here, committed by the unit of work. */
  async save(em: EntityManager, payment: Payment): Promise<void> {
    const s = payment.state();
    const row = await em.findOne(PaymentRecord, { id: s.id });
    if (row) row.confirmedAt = s.confirmedAt;
    else em.create(PaymentRecord, { id: s.id, customerId: s.customerId, amount: s.amount, confirmedAt: s.confirmedAt });
    await em.flush();
  }
}
