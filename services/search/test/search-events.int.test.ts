/**
 * search fed by events: caches, gRPC fallback to (fake) peers, status flow with versions, out-of-order delivery,
 * duplicates and malformed messages. Real PostgreSQL and RabbitMQ; events are published in the test's namespace.
 */
import { describe, it, expect, beforeAll, afterAll, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { topologyNames } from '@mallbots/am';
import { queueDepth } from '@mallbots/am/testing';
import { Names } from '@mallbots/contracts';
import { SVC, eventually, startHarness, type ApiOrder, type Harness } from './harness.ts';

jest.setTimeout(20_000);

describe('search service: the read model follows the events', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('search-events');
  });
  afterAll(async () => {
    await h.stop();
  });

  const publish: Harness['publish'] = (name, payload, timestamp) => h.publish(name, payload, timestamp);
  const sql = <T>(q: string, params: unknown[] = []): Promise<T[]> => h.sql<T>(q, params);
  const getOrder = async (id: string): Promise<ApiOrder> => (await h.call('GetOrder', { id })).order as ApiOrder;
  const orderWhen = (id: string, pred: (o: ApiOrder) => boolean, ms?: number): Promise<ApiOrder> =>
    eventually(async () => {
      const o = await getOrder(id);
      return pred(o) ? o : undefined;
    }, ms);
  const item = (storeId: string, productId: string, over: Record<string, unknown> = {}) => ({
    storeId,
    productId,
    storeName: 'Name at checkout',
    productName: 'Product at checkout',
    price: 2.5,
    quantity: 2,
    ...over,
  });

  it('is discoverable through reflection and reports ready', async () => {
    expect(await h.client.listServices()).toContain(SVC);
    expect(await h.client.call('grpc.health.v1.Health/Check', { service: '' })).toEqual({ status: 'SERVING' });
    expect((await fetch(`http://127.0.0.1:${h.svc.httpPort}/readyz`)).status).toBe(200);
  });

  it('enriches a new order with the newest names from its caches, and never stores the phone number', async () => {
    const [customer, store, product, order] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await publish(Names.customers.CustomerRegistered, { id: customer, name: 'Ada Lovelace', smsNumber: '+15557654321' });
    // newer versions win whatever the arrival order: the rebrand (v3) arrives before the creation (v1)
    await publish(Names.stores.StoreRebranded, { id: store, name: 'Corner Shop Deluxe', version: 3 });
    await publish(Names.stores.StoreCreated, { id: store, name: 'Corner Shop', location: 'L1', version: 1 });
    await publish(Names.stores.ProductAdded, { id: product, storeId: store, name: 'Tea', price: 2.5, version: 1 });
    await publish(Names.stores.ProductRebranded, { id: product, name: 'Green Tea', version: 2 });
    await eventually(async () => {
      const rows = await sql<{ n: string }>(
        `select (select count(*) from search.customers_cache where id = ?) + (select count(*) from search.stores_cache where id = ? and version = 3)
              + (select count(*) from search.products_cache where id = ? and version = 2) as n`,
        [customer, store, product],
      );
      return rows[0]?.n === '3' ? true : undefined;
    });

    const createdAt = new Date('2026-02-03T04:05:06.789Z');
    await publish(
      Names.ordering.OrderCreated,
      { id: order, customerId: customer, paymentId: randomUUID(), items: [item(store, product)], total: 5, version: 1 },
      createdAt,
    );
    const o = await orderWhen(order, () => true);
    expect(o).toMatchObject({
      order_id: order,
      customer_id: customer,
      customer_name: 'Ada Lovelace',
      total: 5,
      status: 'ORDER_STATUS_PENDING',
      items: [
        {
          store_id: store,
          product_id: product,
          store_name: 'Corner Shop Deluxe',
          product_name: 'Green Tea',
          price: 2.5,
          quantity: 2,
        },
      ],
      created_at: { seconds: String(createdAt.getTime() / 1000 - 0.789), nanos: 789_000_000 },
    });
    expect(h.peers.calls.filter((c) => c.includes(customer) || c.includes(store) || c.includes(product))).toEqual([]);

    const columns = await sql<{ column_name: string }>(
      `select column_name from information_schema.columns where table_schema = 'search' and table_name = 'customers_cache'`,
    );
    expect(columns.map((c) => c.column_name).sort()).toEqual(['id', 'name', 'updated_at']);
    expect(JSON.stringify(await sql('select * from search.customers_cache'))).not.toContain('7654321');
  });

  it('falls back to the peers on a cache miss and caches their answers', async () => {
    const [customer, store, product, unknownProduct] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    h.peers.customers.set(customer, 'Grace Hopper');
    h.peers.stores.set(store, { name: 'Fake Store', version: 4 });
    h.peers.products.set(product, { storeId: store, name: 'Fake Product', version: 2 });
    const first = randomUUID();
    await publish(Names.ordering.OrderCreated, {
      id: first,
      customerId: customer,
      paymentId: randomUUID(),
      // the second line's product is unknown to stores (removed meanwhile): the name from checkout stands in
      items: [item(store, product, { storeName: '', productName: '' }), item(store, unknownProduct, { productName: 'Old Soap' })],
      version: 1,
    });
    const o = await orderWhen(first, () => true);
    expect(o.customer_name).toBe('Grace Hopper');
    expect(o.items.map((i) => [i.store_name, i.product_name])).toEqual([
      ['Fake Store', 'Fake Product'],
      ['Fake Store', 'Old Soap'],
    ]);
    expect(o.total).toBe(10);
    const mine = (): string[] =>
      h.peers.calls.filter((c) => [customer, store, product, unknownProduct].some((id) => c.endsWith(id)));
    expect(mine().sort()).toEqual(
      [`GetCustomer ${customer}`, `GetProduct ${product}`, `GetProduct ${unknownProduct}`, `GetStore ${store}`].sort(),
    );
    expect(await sql('select name, version from search.stores_cache where id = ?', [store])).toEqual([
      { name: 'Fake Store', version: 4 },
    ]);

    // a second order with the same ids is served from the caches: no further peer calls for them
    const second = randomUUID();
    await publish(Names.ordering.OrderCreated, {
      id: second,
      customerId: customer,
      paymentId: randomUUID(),
      items: [item(store, product)],
      version: 1,
    });
    expect((await orderWhen(second, () => true)).items[0]!.product_name).toBe('Fake Product');
    expect(mine()).toHaveLength(4);
  });

  it('gives an unknown customer a blank name, and retries while the customers peer is unreachable', async () => {
    const unknown = randomUUID();
    const o1 = randomUUID();
    await publish(Names.ordering.OrderCreated, {
      id: o1,
      customerId: unknown,
      paymentId: randomUUID(),
      items: [item(randomUUID(), randomUUID())],
      version: 1,
    });
    expect((await orderWhen(o1, () => true)).customer_name).toBe('');

    const customer = randomUUID();
    h.peers.customers.set(customer, 'Katherine Johnson');
    h.peers.failNext.GetCustomer = 1;
    const o2 = randomUUID();
    await publish(Names.ordering.OrderCreated, {
      id: o2,
      customerId: customer,
      paymentId: randomUUID(),
      items: [item(randomUUID(), randomUUID())],
      version: 1,
    });
    expect((await orderWhen(o2, () => true)).customer_name).toBe('Katherine Johnson');
    expect(h.peers.calls.filter((c) => c === `GetCustomer ${customer}`)).toHaveLength(2);
  });

  it('follows the status flow, ignores stale and duplicate events', async () => {
    const order = randomUUID();
    const customer = randomUUID();
    const base = { id: order, customerId: customer, paymentId: randomUUID() };
    await publish(Names.ordering.OrderCreated, { ...base, items: [item(randomUUID(), randomUUID())], version: 1 });
    await orderWhen(order, (o) => o.status === 'ORDER_STATUS_PENDING');
    await publish(Names.ordering.OrderApproved, { ...base, shoppingId: randomUUID(), version: 2 });
    await orderWhen(order, (o) => o.status === 'ORDER_STATUS_APPROVED');
    await publish(Names.ordering.OrderReadied, { ...base, total: 5, version: 3 });
    await orderWhen(order, (o) => o.status === 'ORDER_STATUS_READY');
    await publish(Names.ordering.OrderCompleted, { id: order, customerId: customer, invoiceId: order, version: 4 });
    await orderWhen(order, (o) => o.status === 'ORDER_STATUS_COMPLETED');

    // late and repeated facts under new message ids change nothing
    await publish(Names.ordering.OrderApproved, { ...base, shoppingId: randomUUID(), version: 2 });
    await publish(Names.ordering.OrderCanceled, { ...base, version: 4 });
    await publish(Names.ordering.OrderCreated, {
      ...base,
      items: [item(randomUUID(), randomUUID(), { quantity: 9 })],
      version: 1,
    });
    const marker = randomUUID();
    await publish(Names.ordering.OrderCreated, { ...base, id: marker, items: [item(randomUUID(), randomUUID())], version: 1 });
    await orderWhen(marker, () => true); // the consumer got past the stale events
    await new Promise((r) => setTimeout(r, 300));
    const o = await getOrder(order);
    expect(o.status).toBe('ORDER_STATUS_COMPLETED');
    expect(o.items[0]!.quantity).toBe(2);
    expect(await sql('select version from search.orders where order_id = ?', [order])).toEqual([{ version: 4 }]);
  });

  it('does not lose a status event that arrives before its OrderCreated: it is retried until the order exists', async () => {
    const order = randomUUID();
    const base = { id: order, customerId: randomUUID(), paymentId: randomUUID() };
    await publish(Names.ordering.OrderRejected, { ...base, version: 2 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await sql('select 1 from search.orders where order_id = ?', [order])).toEqual([]);
    await publish(Names.ordering.OrderCreated, { ...base, items: [item(randomUUID(), randomUUID())], version: 1 });
    const o = await orderWhen(order, (x) => x.status === 'ORDER_STATUS_REJECTED', 15_000);
    expect(o.status).toBe('ORDER_STATUS_REJECTED');
  });

  it('dead-letters malformed events and keeps consuming', async () => {
    const dlq = topologyNames(h.env.namespace).dlq('search.ordering-events');
    const before = await queueDepth(h.env.rabbitmqUrl, dlq);
    await publish(Names.ordering.OrderCreated, {
      id: 'not-a-uuid',
      customerId: randomUUID(),
      paymentId: randomUUID(),
      items: [item(randomUUID(), randomUUID())],
      version: 1,
    });
    await publish(Names.ordering.OrderCreated, {
      id: randomUUID(),
      customerId: randomUUID(),
      paymentId: randomUUID(),
      items: [],
      version: 1,
    });
    await publish(Names.ordering.OrderApproved, {
      id: randomUUID(),
      customerId: randomUUID(),
      paymentId: randomUUID(),
      version: 0,
    });
    await eventually(async () => ((await queueDepth(h.env.rabbitmqUrl, dlq)) === before + 3 ? true : undefined));
    const ok = randomUUID();
    await publish(Names.ordering.OrderCreated, {
      id: ok,
      customerId: randomUUID(),
      paymentId: randomUUID(),
      items: [item(randomUUID(), randomUUID())],
      version: 1,
    });
    await orderWhen(ok, () => true);
  });

  it('rejects bad GetOrder input and unknown orders', async () => {
    const code = (req: Record<string, unknown>) => h.failure('GetOrder', req);
    expect(await code({ id: '' })).toEqual({ code: 3, details: 'id cannot be blank' });
    expect(await code({ id: 'nope' })).toEqual({ code: 3, details: 'id must be a UUID, got "nope"' });
    const unknown = randomUUID();
    expect(await code({ id: unknown })).toEqual({ code: 5, details: `order ${unknown} not found` });
  });
});
