/**
 * The record of a load run: one JSON line per order the generator tried to place (the checker's input).
 *
 *   {"order_id":"…","customer_id":"…","payment_id":"…","expected":"approved","reason":"ok","total":12.5,
 *    "amount":12.5,"started_at":1718000000000,"acked_at":1718000000012,"ack":"ok","phase":"kill:cosec"}
 *
 * `started_at` is when the kiosk called CheckoutBasket (ms since the epoch), `acked_at` when it answered.
 * `ack`: `ok` the checkout was acknowledged, so an order must follow; `unknown` the checkout call failed in a way
 * that leaves open whether it took effect (timeout, server gone) — the checker finds out from the basket.
 * `expected`: `rejected` for a disabled customer or a payment authorized for the wrong amount, else `approved`.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

export type Outcome = 'approved' | 'rejected';
export type Reason = 'ok' | 'disabled_customer' | 'wrong_amount';

export interface OrderRecord {
  order_id: string;
  customer_id: string;
  payment_id: string;
  expected: Outcome;
  reason: Reason;
  total: number;
  amount: number;
  started_at: number;
  acked_at: number;
  ack: 'ok' | 'unknown';
  phase?: string;
  error?: string;
}

export class RecordWriter {
  readonly #out: WriteStream;
  #count = 0;
  constructor(path: string) {
    this.#out = createWriteStream(path, { flags: 'a' });
  }
  write(r: OrderRecord): void {
    this.#count += 1;
    this.#out.write(`${JSON.stringify(r)}\n`);
  }
  get count(): number {
    return this.#count;
  }
  close(): Promise<void> {
    return new Promise((resolve, reject) => this.#out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parses one line; throws with the reason when it is not a record. */
export function parseRecord(line: string): OrderRecord {
  const r = JSON.parse(line) as Partial<OrderRecord>;
  for (const k of ['order_id', 'customer_id', 'payment_id'] as const) {
    if (typeof r[k] !== 'string' || !UUID.test(r[k])) throw new Error(`${k} is not a UUID`);
  }
  if (r.expected !== 'approved' && r.expected !== 'rejected') throw new Error('expected must be approved or rejected');
  if (typeof r.started_at !== 'number') throw new Error('started_at must be a number (ms since the epoch)');
  return {
    reason: 'ok',
    total: 0,
    amount: 0,
    acked_at: r.started_at,
    ack: 'ok',
    ...r,
  } as OrderRecord;
}

/** Reads a record file. A line that does not parse is an error naming the line (a truncated last line is skipped). */
export async function readRecords(path: string): Promise<OrderRecord[]> {
  const out: OrderRecord[] = [];
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let n = 0;
  let pending: { n: number; err: Error } | undefined;
  for await (const line of lines) {
    n += 1;
    if (pending) throw new Error(`${path}:${pending.n}: ${pending.err.message}`);
    if (!line.trim()) continue;
    try {
      out.push(parseRecord(line));
    } catch (err) {
      pending = { n, err: err as Error }; // fatal unless it is the last line (a run killed mid-write)
    }
  }
  return out;
}
