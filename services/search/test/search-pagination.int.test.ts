/**
 * SearchOrders keyset pagination: a walk through the pages never skips or repeats a row, even with rows sharing
 * one creation time across a page boundary, with new orders and status changes arriving between pages.
 */
import { describe, it, expect, beforeAll, afterAll, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Names } from '@mallbots/contracts';
import { eventually, startHarness, type ApiOrder, type Harness } from './harness.ts';

jest.setTimeout(25_000);

const T1 = new Date('2025-06-01T12:00:00.000Z');
const sec = (s: number): Date => new Date(T1.getTime() + s * 1000);

describe('search service: SearchOrders pagination', () => {
  let h: Harness;
  const customer = randomUUID();
  /** 30 orders; #10..#14 share one creation time, so the tie-break on order_id decides across the page boundary. */
  const originals: { id: string; createdAt: Date }[] = Array.from({ length: 30 }, (_, i) => ({
    id: randomUUID(),
    createdAt: i >= 10 && i <= 14 ? sec(10) : sec(i),
  }));

  const create = (id: string, createdAt: Date) =>
    h.publish(
      Names.ordering.OrderCreated,
      {
        id,
        customerId: customer,
        paymentId: randomUUID(),
        items: [{ storeId: randomUUID(), productId: randomUUID(), storeName: 'S', productName: 'P', price: 1, quantity: 1 }],
        version: 1,
      },
      createdAt,
    );
  const count = async (): Promise<number> =>
    Number((await h.sql<{ n: string }>('select count(*) as n from search.orders where customer_id = ?', [customer]))[0]!.n);

  beforeAll(async () => {
    h = await startHarness('search-pages');
    for (const o of originals) await create(o.id, o.createdAt);
    await eventually(async () => ((await count()) === originals.length ? true : undefined));
  });
  afterAll(async () => {
    await h.stop();
  });

  const page = async (next: string, limit = 7) => {
    const res = await h.call('SearchOrders', { filters: { customer_id: customer }, next, limit });
    return { orders: res.orders as ApiOrder[], next: res.next as string };
  };

  it('walks every row exactly once while orders are created and change status between pages', async () => {
    const expected = [...originals].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    const seen: ApiOrder[] = [];
    const newer = randomUUID();
    const older = randomUUID();
    let next = '';
    let pages = 0;
    do {
      const p = await page(next);
      seen.push(...p.orders);
      next = p.next;
      pages++;
      if (pages === 1) {
        // newer than everything: sorts before the cursor, so this walk does not show it
        await create(newer, sec(3600));
        // older than everything: still ahead of the cursor, so this walk shows it at the end
        await create(older, sec(-3600));
        await eventually(async () => ((await count()) === originals.length + 2 ? true : undefined));
      }
      if (pages === 2) {
        // status changes of rows already seen and of rows still ahead do not move them
        for (const o of [expected[0]!, expected[20]!]) {
          await h.publish(Names.ordering.OrderApproved, { id: o.id, customerId: customer, paymentId: randomUUID(), version: 2 });
        }
        await eventually(async () => {
          const rows = await h.sql<{ n: string }>(
            'select count(*) as n from search.orders where customer_id = ? and version = 2',
            [customer],
          );
          return rows[0]?.n === '2' ? true : undefined;
        });
      }
    } while (next !== '');

    const ids = seen.map((o) => o.order_id);
    expect(new Set(ids).size).toBe(ids.length); // nothing repeated
    expect(ids).toEqual([...expected.map((o) => o.id), older]); // nothing skipped, in order
    expect(pages).toBe(5); // 31 rows in pages of 7
    expect(seen[20]!.status).toBe('ORDER_STATUS_APPROVED');

    // a fresh walk sees the newer order first
    expect((await page('', 1)).orders[0]!.order_id).toBe(newer);
  });

  it('orders strictly by (created_at desc, order_id desc), and uses a default page size of 20', async () => {
    const first = await page('', 0);
    expect(first.orders).toHaveLength(20);
    expect(first.next).not.toBe('');
    const keys = first.orders.map(
      (o) => [BigInt(o.created_at.seconds) * 1_000_000_000n + BigInt(o.created_at.nanos), o.order_id] as const,
    );
    for (let i = 1; i < keys.length; i++) {
      const [t0, id0] = keys[i - 1]!;
      const [t1, id1] = keys[i]!;
      expect(t0 > t1 || (t0 === t1 && id0 > id1)).toBe(true);
    }
    const rest = await page(first.next, 100);
    expect(rest.orders).toHaveLength(originals.length + 2 - 20);
    expect(rest.next).toBe('');
  });
});
