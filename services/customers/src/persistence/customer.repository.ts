import type { EntityManager } from '@mallbots/db';
import type { Read, UnitOfWork } from '@mallbots/tm';
import { NotFound } from '@mallbots/rpc/errors';
import { Customer } from '../domain/customer.ts';

interface RawRow {
  id: string;
  name: string;
  sms_number: string;
  enabled: boolean;
}

/**
 * Maps Customer aggregates to `customers` rows, within a unit of work. Raw SQL, one statement per call: `find` is
 * on the saga's path (AuthorizeCustomer), where the ORM's entity loading costs more than the statement itself
 * (docs/performance.md); it reads through `readAll`, so that unit of work needs no EntityManager at all.
 */
export class CustomerRepository {
  readonly #table: string;

  constructor(schema: string) {
    this.#table = `"${schema}".customers`;
  }

  /**
   * Loads a customer through `readAll`: a prepared statement that travels with `begin` and the inbox insert, and
   * no EntityManager for the unit of work.
   */
  async find(uow: UnitOfWork, id: string): Promise<Customer> {
    const [customer] = await uow.readAll([this.#findRead(id)] as const);
    if (!customer) throw new NotFound(`customer ${id} not found`);
    return customer;
  }

  #findRead(id: string): Read<Customer | undefined> {
    return {
      sql: `select id, name, sms_number, enabled from ${this.#table} where id = ?`,
      params: [id],
      map: (rows) => {
        const row = rows[0] as RawRow | undefined;
        return row && Customer.restore({ id: row.id, name: row.name, smsNumber: row.sms_number, enabled: row.enabled });
      },
    };
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
