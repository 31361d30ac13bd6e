/**
 * The contact cache (`customers_cache`). Writes are one upsert that merges, so events and GetCustomer answers may
 * arrive in any order: a non-blank name wins over a blank one, and the SMS number with the newest `sms_as_of` wins.
 */
import type { EntityManager } from '@mallbots/db';
import type { Read } from '@mallbots/tm';
import type { Contact, ContactBook } from '../application/ports.ts';

export class ContactBookRepository implements ContactBook {
  /** Schema-qualified: raw SQL does not go through the ORM's schema mapping. */
  readonly #table: string;

  constructor(schema: string) {
    this.#table = `"${schema}".customers_cache`;
  }

  findRead(id: string): Read<Contact | undefined> {
    // raw SQL: read on every notification, where the ORM's entity loading costs more than the statement
    return {
      sql: `select id, name, sms_number from ${this.#table} where id = ?`,
      params: [id],
      map: (rows) => {
        const r = rows[0] as { id: string; name: string; sms_number: string } | undefined;
        return r ? { id: r.id, name: r.name, smsNumber: r.sms_number } : undefined;
      },
    };
  }

  async remember(em: EntityManager, c: Contact, asOf: Date): Promise<void> {
    await em.execute(
      `insert into ${this.#table} as cache (id, name, sms_number, sms_as_of) values (?, ?, ?, ?)
       on conflict (id) do update set
         name = case when excluded.name <> '' then excluded.name else cache.name end,
         sms_number = case when excluded.sms_number <> '' and excluded.sms_as_of > cache.sms_as_of
                           then excluded.sms_number else cache.sms_number end,
         sms_as_of = case when excluded.sms_number <> '' then greatest(cache.sms_as_of, excluded.sms_as_of)
                          else cache.sms_as_of end,
         updated_at = now()`,
      [c.id, c.name, c.smsNumber, asOf],
    );
  }
}
