import type { EntityManager } from '@mallbots/db';
import { NotFound } from '@mallbots/rpc/errors';
import { Customer } from '../domain/customer.ts';
import { CustomerRecord } from './customer.entity.ts';

/** Maps Customer aggregates to `customers` rows. Always used with the unit of work's EntityManager. */
export class CustomerRepository {
  async find(em: EntityManager, id: string): Promise<Customer> {
    const row = await em.findOne(CustomerRecord, { id });
    if (!row) throw new NotFound(`customer ${id} not found`);
    return Customer.restore({ id: row.id, name: row.name, smsNumber: row.smsNumber, enabled: row.enabled });
  }

  /** Inserts or updates; flushed by the unit of work's commit. */
  async save(em: EntityManager, customer: Customer): Promise<void> {
    const s = customer.state();
    const row = await em.findOne(CustomerRecord, { id: s.id });
    if (row) {
      row.name = s.name;
      row.smsNumber = s.smsNumber;
      row.enabled = s.enabled;
    } else {
      em.create(CustomerRecord, { id: s.id, name: s.name, smsNumber: s.smsNumber, enabled: s.enabled });
    }
    await em.flush();
  }
}
