import type { EntityManager } from '@mallbots/db';
import { NotFound } from '@mallbots/rpc/errors';
import { Customer } from '../domain/customer.ts';

interface RawRow {
  id: string;
  name: string;
  sms_number: string;
  enabled: boolean;
}

/**
 * Maps Customer aggregates to `customers` rows. Always used with the unit of work's EntityManager. Raw SQL, one
 * statement per call: `find` is on the saga's path (AuthorizeCustomer), where the ORM's entity loading costs more
 * than the statement itself (docs/performance.md).
 */
export class CustomerRepository {
  readonly #table: string;

  constructor(schema: string) {
    this.#table = `"${schema}".customers`;
  }

  async find(em: EntityManager, id: string): Promise<Customer> {
    const rows = await em.execute<RawRow[]>(`select id, name, sms_number, enabled from ${this.#table} where id = ?`, [id]);
    const row = rows[0];
    if (!row) throw new NotFound(`customer ${id} not found`);
    return Customer.restore({ id: row.id, name: row.name, smsNumber: row.sms_number, enabled: row.enabled });
  }

  /** Inserts or updates; committed by the unit of work. */
  async save(em: EntityManager, customer: Customer): Promise<void> {
    const s = customer.state();
    await em.execute(
      `insert into ${this.#table} (id, name, sms_number, enabled, created_at, updated_at)
       values (?, ?, ?, ?, now(), now())
       on conflict (id) do update
         set name = excluded.name, sms_number = excluded.sms_number, enabled = excluded.enabled, updated_at = now()`,
      [s.id, s.name, s.smsNumber, s.enabled],
      'run',
    );
  }
}
