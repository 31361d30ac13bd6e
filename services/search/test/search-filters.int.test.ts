/**
 * SearchOrders filters against the real read model: each filter alone, combinations, empty results, limits and
 * bad input (status code and message for each). The orders are fed through OrderCreated and status events.
 */
import { describe, it, expect, beforeAll, afterAll, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Names, Services, clientConstructor } from '@mallbots/contracts';
import { createClient, invoke } from '@mallbots/rpc';
import { eventually, startHarness, ts, type ApiOrder, type Harness } from './harness.ts';

jest.setTimeout(20_000);

// Enum fields go through the reflection client as numbers (like grpcurl's JSON also accepts):
// ORDER_STATUS_UNSPECIFIED 0, PENDING 1, REJECTED 2, APPROVED 3, READY 4, COMPLETED 5, CANCELLED 6.

const T0 = new Date('2025-01-01T00:00:00Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);

describe('search service: SearchOrders filters', () => {
  let h: Harness;
  const [cA, cB, sA, sB, pA, pB, pC] = [
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
  ];
  const [F1, F2, F3, F4, F5] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];

  const line = (storeId: string, productId: string, price: number, quantity = 1) => ({
    storeId,
    productId,
    storeName: 'S',
    productName: 'P',
    price,
    quantity,
  });

  beforeAll(async () => {
    h = await startHarness('search-filters');
    const created = async (id: string, customerId: string, items: ReturnType<typeof line>[], minute: number) =>
      h.publish(Names.ordering.OrderCreated, { id, customerId, paymentId: randomUUID(), items, version: 1 }, at(minute));
    await created(F1, cA, [line(sA, pA, 10)], 1);
    await created(F2, cA, [line(sB, pB, 12.5, 2)], 2);
    await created(F3, cB, [line(sA, pA, 20), line(sB, pC, 20)], 3);
    await created(F4, cB, [line(sB, pB, 5)], 4);
    await created(F5, cA, [line(sA, pC, 30, 2)], 5);
    const ids = { customerId: cA, paymentId: randomUUID() };
    await h.publish(Names.ordering.OrderApproved, { ...ids, id: F2, shoppingId: randomUUID(), version: 2 });
    await h.publish(Names.ordering.OrderApproved, { ...ids, id: F3, shoppingId: randomUUID(), version: 2 });
    await h.publish(Names.ordering.OrderReadied, { ...ids, id: F3, total: 40, version: 3 });
    await h.publish(Names.ordering.OrderCanceled, { ...ids, id: F4, version: 2 });
    await eventually(async () => {
      const rows = await h.sql<{ n: string }>(`select count(*) as n from search.orders where version > 1`);
      return rows[0]?.n === '3' ? true : undefined;
    });
    await eventually(async () => {
      const rows = await h.sql<{ status: string }>(`select status from search.orders where order_id = ?`, [F3]);
      return rows[0]?.status === 'ready' ? true : undefined;
    });
  });
  afterAll(async () => {
    await h.stop();
  });

  const search = async (filters: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const res = await h.call('SearchOrders', { filters, ...extra });
    return { ids: (res.orders as ApiOrder[]).map((o) => o.order_id), next: res.next as string, orders: res.orders as ApiOrder[] };
  };
  const ids = async (filters: Record<string, unknown>): Promise<string[]> => (await search(filters)).ids;

  it('without filters returns every order, newest first, with names, totals, statuses and creation times', async () => {
    const { orders, next } = await search({});
    expect(orders.map((o) => o.order_id)).toEqual([F5, F4, F3, F2, F1]);
    expect(next).toBe('');
    expect(orders.map((o) => [o.total, o.status])).toEqual([
      [60, 'ORDER_STATUS_PENDING'],
      [5, 'ORDER_STATUS_CANCELLED'],
      [40, 'ORDER_STATUS_READY'],
      [25, 'ORDER_STATUS_APPROVED'],
      [10, 'ORDER_STATUS_PENDING'],
    ]);
    expect(orders[4]!.created_at).toEqual({ seconds: String(at(1).getTime() / 1000), nanos: 0 });
    expect((await h.call('SearchOrders', {})).orders).toHaveLength(5); // filters absent altogether
  });

  it('applies each filter alone', async () => {
    expect(await ids({ customer_id: cA })).toEqual([F5, F2, F1]);
    expect(await ids({ customer_id: cB.toUpperCase() })).toEqual([F4, F3]);
    expect(await ids({ after: ts(at(3)) })).toEqual([F5, F4, F3]); // inclusive
    expect(await ids({ before: ts(at(3)) })).toEqual([F2, F1]); // exclusive
    expect(await ids({ store_ids: [sB] })).toEqual([F4, F3, F2]);
    expect(await ids({ store_ids: [sA, sB] })).toEqual([F5, F4, F3, F2, F1]);
    expect(await ids({ product_ids: [pC] })).toEqual([F5, F3]);
    expect(await ids({ product_ids: [pA, pB] })).toEqual([F4, F3, F2, F1]);
    expect(await ids({ min_total: 25 })).toEqual([F5, F3, F2]); // inclusive
    expect(await ids({ max_total: 25 })).toEqual([F4, F2, F1]); // inclusive
    expect(await ids({ status: 1 })).toEqual([F5, F1]);
    expect(await ids({ status: 4 })).toEqual([F3]);
    expect(await ids({ status: 6 })).toEqual([F4]);
    expect(await ids({ status: 0 })).toHaveLength(5);
  });

  it('combines filters (all must match), including ranges that select nothing', async () => {
    expect(await ids({ customer_id: cA, store_ids: [sA], min_total: 20 })).toEqual([F5]);
    expect(await ids({ customer_id: cB, status: 6 })).toEqual([F4]);
    expect(await ids({ store_ids: [sB], product_ids: [pB], max_total: 10 })).toEqual([F4]);
    expect(await ids({ after: ts(at(2)), before: ts(at(5)), store_ids: [sA] })).toEqual([F3]);
    expect(await ids({ min_total: 10, max_total: 40, status: 1 })).toEqual([F1]);
    expect(
      await ids({
        customer_id: cB,
        after: ts(at(3)),
        before: ts(at(4)),
        store_ids: [sA, randomUUID()],
        product_ids: [pC],
        min_total: 40,
        max_total: 40,
        status: 4,
      }),
    ).toEqual([F3]);
    expect(await ids({ after: ts(at(3)), before: ts(at(3)) })).toEqual([]);
    expect(await ids({ min_total: 1000 })).toEqual([]);
    expect(await ids({ customer_id: randomUUID() })).toEqual([]);
    expect(await ids({ status: 5 })).toEqual([]);
  });

  it('pages by limit, with a next token only while more rows follow', async () => {
    const p1 = await search({ customer_id: cA }, { limit: 2 });
    expect(p1.ids).toEqual([F5, F2]);
    expect(p1.next).not.toBe('');
    const p2 = await search({ customer_id: cA }, { limit: 2, next: p1.next });
    expect(p2.ids).toEqual([F1]);
    expect(p2.next).toBe('');
    const exact = await search({}, { limit: 5 });
    expect(exact.ids).toHaveLength(5);
    expect(exact.next).toBe(''); // no token leading to an empty page
    expect((await search({}, { limit: 100 })).ids).toHaveLength(5);
    expect((await search({}, { limit: 1 })).ids).toEqual([F5]);
  });

  it('rejects bad input with INVALID_ARGUMENT naming the field', async () => {
    const bad = (filters: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      h.failure('SearchOrders', { filters, ...extra });
    const tooMany = Array.from({ length: 51 }, () => randomUUID());
    expect(await bad({ customer_id: 'x' })).toEqual({ code: 3, details: 'filters.customer_id must be a UUID, got "x"' });
    expect(await bad({ after: ts(at(2)), before: ts(at(1)) })).toEqual({
      code: 3,
      details: 'filters.after must not be later than filters.before',
    });
    expect(await bad({ after: { seconds: 999_999_999_999, nanos: 0 } })).toEqual({
      code: 3,
      details: 'filters.after is out of range',
    });
    expect(await bad({ store_ids: [sA, 'nope'] })).toEqual({
      code: 3,
      details: 'filters.store_ids[1] must be a UUID, got "nope"',
    });
    expect(await bad({ store_ids: tooMany })).toEqual({ code: 3, details: 'filters.store_ids must have at most 50 entries' });
    expect(await bad({ product_ids: tooMany })).toEqual({ code: 3, details: 'filters.product_ids must have at most 50 entries' });
    expect(await bad({ product_ids: [''] })).toEqual({ code: 3, details: 'filters.product_ids[0] cannot be blank' });
    expect(await bad({ min_total: -1 })).toEqual({ code: 3, details: 'filters.min_total cannot be negative' });
    expect(await bad({ max_total: 2e9 })).toEqual({ code: 3, details: 'filters.max_total must be at most 1000000000' });
    expect(await bad({ min_total: 50, max_total: 10 })).toEqual({
      code: 3,
      details: 'filters.min_total must not be greater than filters.max_total',
    });
    // an enum number outside the proto (a newer client, say): the reflection client refuses to send it, the generated one does not
    const raw = createClient(clientConstructor(Services.search), `127.0.0.1:${h.svc.grpcPort}`);
    await expect(
      invoke('SearchOrders', (md, opts, cb) =>
        raw.SearchOrders({ filters: { status: 99 as unknown as 'ORDER_STATUS_READY' } }, md, opts, cb),
      ),
    ).rejects.toMatchObject({ kind: 'INVALID_ARGUMENT', message: 'filters.status is not a known order status' });
    raw.close();
    expect(await bad({}, { limit: 101 })).toEqual({ code: 3, details: 'limit must be at most 100' });
    expect(await bad({}, { limit: -1 })).toEqual({ code: 3, details: 'limit cannot be negative' });
    expect(await bad({}, { next: 'garbage!' })).toEqual({ code: 3, details: 'next is not a valid page token' });
    expect(await bad({}, { next: Buffer.from('{"v":1}').toString('base64url') })).toEqual({
      code: 3,
      details: 'next is not a valid page token',
    });
    const { next } = await search({}, { limit: 1 });
    expect(await bad({ customer_id: cA }, { next })).toEqual({
      code: 3,
      details: 'next was issued for other filters; repeat the search from the first page',
    });
    // the service is still fine
    expect(await ids({})).toHaveLength(5);
  });
});
