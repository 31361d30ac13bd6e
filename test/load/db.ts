/**
 * What the APIs cannot tell, read from the services' databases: read-only SQL (the session is
 * `default_transaction_read_only`) against the schemas of ordering, depot, payments and cosec (tables from their
 * migrations). One query per table per batch of orders.
 *
 *   ordering.events           an order decided twice (two OrderApproved/OrderRejected events in its stream)
 *   depot.shopping_lists      every list row of an order, whatever the API's filter shows
 *   cosec.sagas               more than one saga naming the order in its data
 *   cosec.saga_steps          a step whose command succeeded more than once
 */
import pg from 'pg';
import type { DbFacts } from './classify.ts';

export interface Schemas {
  ordering: string;
  depot: string;
  cosec: string;
}
export const DEFAULT_SCHEMAS: Schemas = { ordering: 'ordering', depot: 'depot', cosec: 'cosec' };

const BATCH = 1000;

export class FactsReader {
  readonly #pool: pg.Pool;
  readonly #s: Schemas;

  constructor(databaseUrl: string, schemas: Schemas = DEFAULT_SCHEMAS) {
    this.#pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 2,
      options: '-c default_transaction_read_only=on',
      application_name: 'mallbots-checker',
    });
    this.#pool.on('error', () => undefined);
    for (const v of Object.values(schemas)) if (!/^[a-z_][a-z0-9_]*$/.test(v)) throw new Error(`invalid schema name "${v}"`);
    this.#s = schemas;
  }

  /** Facts per order id (every given order gets an entry). */
  async facts(orderIds: readonly string[]): Promise<Map<string, DbFacts>> {
    const out = new Map<string, DbFacts>();
    for (const id of orderIds) out.set(id, { sagaIds: [], orderDecisions: [], listIds: [], stepSuccesses: {} });
    for (let i = 0; i < orderIds.length; i += BATCH) await this.#batch(orderIds.slice(i, i + BATCH), out);
    return out;
  }

  async #batch(ids: string[], out: Map<string, DbFacts>): Promise<void> {
    const { ordering, depot, cosec } = this.#s;
    const events = await this.#pool.query<{ order_id: string; event_name: string }>(
      `select stream_id as order_id, event_name from ${ordering}.events
        where stream_id = any($1::text[]) and event_name in ('ordering.OrderApproved', 'ordering.OrderRejected')
        order by stream_id, stream_version`,
      [ids],
    );
    for (const r of events.rows) out.get(r.order_id)?.orderDecisions.push(r.event_name);

    const lists = await this.#pool.query<{ order_id: string; id: string }>(
      `select order_id::text, id::text from ${depot}.shopping_lists where order_id = any($1::uuid[])`,
      [ids],
    );
    for (const r of lists.rows) out.get(r.order_id)?.listIds.push(r.id);

    const sagas = await this.#pool.query<{ order_id: string; id: string }>(
      `select data->>'orderId' as order_id, id::text from ${cosec}.sagas where data->>'orderId' = any($1::text[])`,
      [ids],
    );
    const sagaOrder = new Map<string, string>();
    for (const r of sagas.rows) {
      out.get(r.order_id)?.sagaIds.push(r.id);
      sagaOrder.set(r.id, r.order_id);
    }
    if (sagaOrder.size === 0) return;
    const steps = await this.#pool.query<{ saga_id: string; step: number; direction: string; n: string }>(
      `select saga_id::text, step, direction, count(*) as n from ${cosec}.saga_steps
        where saga_id = any($1::uuid[]) and outcome = 'success' group by 1, 2, 3`,
      [[...sagaOrder.keys()]],
    );
    for (const r of steps.rows) {
      const f = out.get(sagaOrder.get(r.saga_id)!);
      if (!f) continue;
      const k = `${r.step}:${r.direction}`;
      f.stepSuccesses[k] = (f.stepSuccesses[k] ?? 0) + Number(r.n);
    }
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
