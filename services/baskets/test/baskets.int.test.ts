/**
 * baskets against real PostgreSQL and RabbitMQ. The stores service is not started: its integration events are
 * published straight to the events exchange (as stores would), and its gRPC API, used by the price lookup on a
 * cache miss, is a small fake server that knows only what each test tells it (a test double of a peer).
 */
import { randomUUID } from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import * as grpc from '@grpc/grpc-js';
import type { Broker, Envelope } from '@mallbots/am';
import { queueDepth } from '@mallbots/am/testing';
import { Names, Services, decodeMessage, serviceDefinition, type MessageName, type MessageTypes } from '@mallbots/contracts';
import type { ReflectionClient } from '@mallbots/rpc/testing';
import {
  startServiceUnderTest,
  type ServiceUnderTest,
  publishMessage,
  type TestEnv,
  grpcError,
  eventually as waitUntil,
} from '@mallbots/runtime/testing';
import type { RunningService } from '@mallbots/runtime';
import { basketsService } from '../src/module.ts';

const SVC = 'mallbots.baskets.v1.BasketService';

interface FakeProduct {
  id: string;
  storeId: string;
  name: string;
  price: number;
  version: number;
}

/** The part of stores that baskets calls: GetProduct and GetStore, from in-memory maps; counts the calls. */
class FakeStores {
  readonly products = new Map<string, FakeProduct>();
  readonly stores = new Map<string, { id: string; name: string; version: number }>();
  readonly calls: string[] = [];
  readonly server = new grpc.Server();
  port = 0;

  async start(): Promise<void> {
    const notFound = (what: string) => ({ code: grpc.status.NOT_FOUND, details: `${what} with that ID does not exist` });
    this.server.addService(serviceDefinition(Services.stores) as unknown as grpc.ServiceDefinition, {
      GetProduct: (call: grpc.ServerUnaryCall<{ id: string }, unknown>, cb: grpc.sendUnaryData<unknown>) => {
        this.calls.push(`GetProduct ${call.request.id}`);
        const p = this.products.get(call.request.id);
        if (!p) return cb(notFound('product'));
        cb(null, { product: { ...p, description: '', sku: '' } });
      },
      GetStore: (call: grpc.ServerUnaryCall<{ id: string }, unknown>, cb: grpc.sendUnaryData<unknown>) => {
        this.calls.push(`GetStore ${call.request.id}`);
        const s = this.stores.get(call.request.id);
        if (!s) return cb(notFound('store'));
        cb(null, { store: { ...s, location: 'Level 1', participating: true } });
      },
    });
    this.port = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, port) =>
        err ? reject(err) : resolve(port),
      ),
    );
  }

  #stopped = false;
  stop(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    this.#stopped = true;
    return new Promise((resolve) => this.server.tryShutdown(() => resolve()));
  }
}

describe('baskets service (gRPC + PostgreSQL + RabbitMQ, fake stores peer)', () => {
  let t: ServiceUnderTest;
  let env: TestEnv;
  let svc: RunningService;
  let client: ReflectionClient;
  let broker: Broker;
  const fake = new FakeStores();
  const seen: Envelope[] = [];

  beforeAll(async () => {
    await fake.start();
    t = await startServiceUnderTest(basketsService, {
      env: { STORES_GRPC_ADDR: `127.0.0.1:${fake.port}` },
      observe: [{ queue: 'observer', exchange: 'events', routingKey: 'mallbots.baskets.v1.#', onMessage: (e) => seen.push(e) }],
    });
    ({ env, svc, client, broker } = t);
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });

  const call = (m: string, req: Record<string, unknown>) => client.call(`${SVC}/${m}`, req);
  const code = (m: string, req: Record<string, unknown>) => grpcError(call(m, req), m);
  const eventually = (pred: () => boolean | Promise<boolean>, ms = 5000): Promise<void> => waitUntil(pred, ms, 20);
  /** Publishes an event as stores would (the queue must be bound: requireRoute). */
  const publish = <N extends MessageName>(name: N, payload: MessageTypes[N]['input'], messageId?: string): Promise<string> =>
    publishMessage(broker, 'events', name, payload, { messageId, requireRoute: true });
  const sql = <T>(q: string, params: unknown[] = []) => svc.context.orm.em.fork().execute<T[]>(q, params);
  const cachedProduct = async (id: string) =>
    (
      await sql<{ name: string | null; price: string | null; version: number; removed: boolean }>(
        'select name, price, version, removed from baskets.products_cache where id = ?',
        [id],
      )
    )[0];
  /** Waits until the cache row of product `id` has reached `version` (the consumer handled the event). */
  const cachedAt = (id: string, version: number) => eventually(async () => ((await cachedProduct(id))?.version ?? 0) >= version);
  /** Waits until the consumer handled (committed) the given messages: each leaves a row in the inbox. */
  const handled = (...messageIds: string[]) =>
    eventually(
      async () =>
        (
          await sql<{ n: string }>(`select count(*) as n from baskets.inbox where message_id = any(?::text[])`, [
            `{${messageIds.join(',')}}`,
          ])
        )[0]?.n === String(messageIds.length),
    );
  const basket = async (id: string) =>
    (await call('GetBasket', { id })).basket as {
      status: string;
      payment_id: string;
      items: { product_id: string; store_name: string; product_name: string; product_price: number; quantity: number }[];
    };
  const start = async () => ((await call('StartBasket', { customer_id: randomUUID() })) as { id: string }).id;
  const payloadsOf = <N extends MessageName>(name: N) =>
    seen.filter((e) => e.name === name).map((e) => decodeMessage(name, e.payload) as MessageTypes[N]['output']);

  /** A store and a product announced by events, as stores would after CreateStore and AddProduct. */
  const catalogued = async (price: number, name = 'Apples') => {
    const storeId = randomUUID();
    const productId = randomUUID();
    await publish(Names.stores.StoreCreated, { id: storeId, name: 'Green Grocer', location: 'Level 1', version: 1 });
    await publish(Names.stores.ProductAdded, { id: productId, storeId, name, description: '', sku: 'A1', price, version: 1 });
    await cachedAt(productId, 1);
    await eventually(async () => (await sql('select 1 from baskets.stores_cache where id = ?', [storeId])).length === 1);
    return { storeId, productId };
  };

  it('is discoverable through reflection, including health', async () => {
    const services = await client.listServices();
    expect(services).toContain(SVC);
    expect(await client.call('grpc.health.v1.Health/Check', { service: '' })).toEqual({ status: 'SERVING' });
  });

  it('runs the kiosk flow: start, add items priced from the cache, checkout publishes BasketCheckedOut', async () => {
    const { storeId, productId } = await catalogued(10);
    const customerId = randomUUID();
    const { id } = (await call('StartBasket', { customer_id: customerId })) as { id: string };
    await call('AddItem', { id, product_id: productId, quantity: 2 });
    await call('AddItem', { id, product_id: productId, quantity: 1 });
    expect(await call('GetBasket', { id })).toEqual({
      basket: {
        id,
        customer_id: customerId,
        payment_id: '',
        status: 'BASKET_STATUS_OPEN',
        items: [
          {
            store_id: storeId,
            product_id: productId,
            store_name: 'Green Grocer',
            product_name: 'Apples',
            product_price: 10,
            quantity: 3,
          },
        ],
      },
    });
    expect(fake.calls).toEqual([]); // priced from the cache only

    const paymentId = randomUUID();
    await call('CheckoutBasket', { id, payment_id: paymentId });
    expect((await basket(id)).status).toBe('BASKET_STATUS_CHECKED_OUT');
    expect((await basket(id)).payment_id).toBe(paymentId);

    await eventually(() => payloadsOf(Names.baskets.BasketCheckedOut).some((p) => p.id === id));
    expect(payloadsOf(Names.baskets.BasketStarted).filter((p) => p.id === id)).toEqual([{ id, customerId }]);
    expect(payloadsOf(Names.baskets.BasketCheckedOut).find((p) => p.id === id)).toEqual({
      id,
      customerId,
      paymentId,
      items: [{ storeId, productId, storeName: 'Green Grocer', productName: 'Apples', price: 10, quantity: 3 }],
    });
    // Item changes stay internal: only started and checked-out were published for this basket.
    expect(
      seen.filter((e) => (decodeMessage(e.name as never, e.payload) as { id: string }).id === id).map((e) => e.name),
    ).toEqual([Names.baskets.BasketStarted, Names.baskets.BasketCheckedOut]);
  });

  it('prices a new line at the price of the latest price event, stored as an absolute price', async () => {
    const { productId } = await catalogued(4);
    const before = await start();
    await call('AddItem', { id: before, product_id: productId, quantity: 1 });

    await publish(Names.stores.ProductPriceIncreased, { id: productId, delta: 1.5, price: 5.5, version: 2 });
    await cachedAt(productId, 2);
    const after = await start();
    await call('AddItem', { id: after, product_id: productId, quantity: 1 });
    expect((await basket(after)).items[0]?.product_price).toBe(5.5);
    // A line keeps the price it was added at.
    expect((await basket(before)).items[0]?.product_price).toBe(4);

    await publish(Names.stores.ProductPriceDecreased, { id: productId, delta: -2, price: 3.5, version: 3 });
    await cachedAt(productId, 3);
    const third = await start();
    await call('AddItem', { id: third, product_id: productId, quantity: 1 });
    expect((await basket(third)).items[0]?.product_price).toBe(3.5);
  });

  it('ignores an older event arriving after a newer one, and keeps a partial older change that was not superseded', async () => {
    const { productId } = await catalogued(20);
    // v3 (price) is delivered before v2 (price) and before the older rebrand v2': out of order, as after a retry.
    await publish(Names.stores.ProductPriceIncreased, { id: productId, delta: 10, price: 30, version: 3 });
    await cachedAt(productId, 3);
    await handled(
      await publish(Names.stores.ProductPriceIncreased, { id: productId, delta: 5, price: 25, version: 2 }),
      await publish(Names.stores.ProductAdded, { id: productId, storeId: randomUUID(), name: 'Stale', price: 20, version: 1 }),
    );
    expect(await cachedProduct(productId)).toEqual({ name: 'Apples', price: '30.00', version: 3, removed: false });

    // A rebrand at v4 delivered after a price change at v5: the name was not changed by v5, so it still applies.
    await publish(Names.stores.ProductPriceDecreased, { id: productId, delta: -2, price: 28, version: 5 });
    await cachedAt(productId, 5);
    await publish(Names.stores.ProductRebranded, { id: productId, name: 'Pink Lady', description: '', version: 4 });
    await eventually(async () => (await cachedProduct(productId))?.name === 'Pink Lady');

    // The same message delivered twice changes nothing more (inbox), and a stale rebrand is ignored.
    const messageId = randomUUID();
    await publish(Names.stores.ProductRebranded, { id: productId, name: 'Old Name', description: '', version: 2 }, messageId);
    await publish(Names.stores.ProductRebranded, { id: productId, name: 'Old Name', description: '', version: 2 }, messageId);
    await handled(messageId);
    await handled(await publish(Names.stores.ProductRebranded, { id: productId, name: 'Older', description: '', version: 3 }));
    expect(await cachedProduct(productId)).toEqual({ name: 'Pink Lady', price: '28.00', version: 5, removed: false });

    const id = await start();
    await call('AddItem', { id, product_id: productId, quantity: 2 });
    expect((await basket(id)).items[0]).toMatchObject({ product_name: 'Pink Lady', product_price: 28, quantity: 2 });
  });

  it('falls back to stores over gRPC on a cache miss and writes the answer into the cache with its version', async () => {
    const storeId = randomUUID();
    const productId = randomUUID();
    fake.stores.set(storeId, { id: storeId, name: 'Fake Mart', version: 2 });
    fake.products.set(productId, { id: productId, storeId, name: 'Pears', price: 7.25, version: 4 });
    const id = await start();
    await call('AddItem', { id, product_id: productId, quantity: 1 });
    expect((await basket(id)).items[0]).toMatchObject({ store_name: 'Fake Mart', product_name: 'Pears', product_price: 7.25 });
    expect(fake.calls).toEqual([`GetProduct ${productId}`, `GetStore ${storeId}`]);
    expect(await cachedProduct(productId)).toEqual({ name: 'Pears', price: '7.25', version: 4, removed: false });

    // Now cached: no more calls.
    const other = await start();
    await call('AddItem', { id: other, product_id: productId, quantity: 1 });
    expect(fake.calls).toHaveLength(2);

    // An event older than the gRPC answer is ignored; a newer one applies.
    await handled(
      await publish(Names.stores.ProductPriceIncreased, { id: productId, delta: 90, price: 99, version: 3 }),
      await publish(Names.stores.StoreRebranded, { id: storeId, name: 'Old Mart', version: 1 }),
    );
    expect((await cachedProduct(productId))?.price).toBe('7.25');
    await handled(
      await publish(Names.stores.ProductPriceIncreased, { id: productId, delta: 0.75, price: 8, version: 5 }),
      await publish(Names.stores.StoreRebranded, { id: storeId, name: 'New Mart', version: 3 }),
    );
    const third = await start();
    await call('AddItem', { id: third, product_id: productId, quantity: 1 });
    expect((await basket(third)).items[0]).toMatchObject({ store_name: 'New Mart', product_price: 8 });
    fake.calls.length = 0;
  });

  it('does not sell a removed product', async () => {
    const { productId } = await catalogued(3);
    await publish(Names.stores.ProductRemoved, { id: productId, version: 2 });
    await cachedAt(productId, 2);
    const id = await start();
    expect(await code('AddItem', { id, product_id: productId, quantity: 1 })).toEqual({
      code: 5,
      details: `product ${productId} was not found`,
    });
    expect(fake.calls).toEqual([]); // removal is final: stores is not asked
  });

  it('removes items by quantity; removing an absent product is a no-op', async () => {
    const { productId } = await catalogued(1.25);
    const id = await start();
    await call('AddItem', { id, product_id: productId, quantity: 5 });
    await call('RemoveItem', { id, product_id: productId, quantity: 2 });
    expect((await basket(id)).items[0]?.quantity).toBe(3);
    await call('RemoveItem', { id, product_id: randomUUID(), quantity: 1 });
    expect((await basket(id)).items[0]?.quantity).toBe(3);
    await call('RemoveItem', { id, product_id: productId, quantity: 10 });
    expect((await basket(id)).items).toEqual([]);
  });

  it('loads a long-lived basket from its snapshot plus later events', async () => {
    const { productId } = await catalogued(2);
    const id = await start();
    for (let i = 0; i < 12; i++) await call('AddItem', { id, product_id: productId, quantity: 1 });
    await call('RemoveItem', { id, product_id: productId, quantity: 4 });
    const snaps = await sql<{ stream_version: number }>('select stream_version from baskets.snapshots where stream_id = ?', [id]);
    expect(snaps).toEqual([{ stream_version: 10 }]);
    expect((await basket(id)).items[0]?.quantity).toBe(8);
  });

  it('rejects every bad input with its status code and message', async () => {
    const { productId } = await catalogued(6);
    const id = await start();
    const unknown = '00000000-0000-4000-8000-000000000000';

    // Malformed ids.
    expect(await code('StartBasket', { customer_id: '' })).toEqual({ code: 3, details: 'customer_id cannot be blank' });
    expect(await code('StartBasket', { customer_id: 'bob' })).toEqual({
      code: 3,
      details: 'customer_id must be a UUID, got "bob"',
    });
    expect(await code('GetBasket', { id: 'nope' })).toEqual({ code: 3, details: 'id must be a UUID, got "nope"' });
    expect(await code('AddItem', { id, product_id: 'p-1', quantity: 1 })).toEqual({
      code: 3,
      details: 'product_id must be a UUID, got "p-1"',
    });
    expect(await code('RemoveItem', { id: '', product_id: productId, quantity: 1 })).toEqual({
      code: 3,
      details: 'id cannot be blank',
    });

    // Quantities.
    expect(await code('AddItem', { id, product_id: productId, quantity: -1 })).toEqual({
      code: 3,
      details: 'quantity must be at least 1',
    });
    expect(await code('AddItem', { id, product_id: productId, quantity: 0 })).toEqual({
      code: 3,
      details: 'quantity must be at least 1',
    });
    expect(await code('AddItem', { id, product_id: productId })).toEqual({ code: 3, details: 'quantity must be at least 1' });
    expect(await code('AddItem', { id, product_id: productId, quantity: 1001 })).toEqual({
      code: 3,
      details: 'quantity must be at most 1000',
    });
    expect(await code('RemoveItem', { id, product_id: productId, quantity: -3 })).toEqual({
      code: 3,
      details: 'quantity must be at least 1',
    });

    // Unknown basket and unknown product.
    expect(await code('GetBasket', { id: unknown })).toEqual({ code: 5, details: `basket ${unknown} not found` });
    expect(await code('AddItem', { id: unknown, product_id: productId, quantity: 1 })).toEqual({
      code: 5,
      details: `basket ${unknown} not found`,
    });
    expect(await code('CancelBasket', { id: unknown })).toEqual({ code: 5, details: `basket ${unknown} not found` });
    const ghost = randomUUID();
    expect(await code('AddItem', { id, product_id: ghost, quantity: 1 })).toEqual({
      code: 5,
      details: `product ${ghost} was not found`,
    });

    // Checkout rules.
    expect(await code('CheckoutBasket', { id, payment_id: randomUUID() })).toEqual({
      code: 9,
      details: 'cannot check out an empty basket',
    });
    await call('AddItem', { id, product_id: productId, quantity: 1 });
    expect(await code('CheckoutBasket', { id, payment_id: '' })).toEqual({ code: 3, details: 'payment_id cannot be blank' });
    expect(await code('CheckoutBasket', { id, payment_id: '42' })).toEqual({
      code: 3,
      details: 'payment_id must be a UUID, got "42"',
    });
    await call('CheckoutBasket', { id, payment_id: randomUUID() });
    expect(await code('AddItem', { id, product_id: productId, quantity: 1 })).toEqual({
      code: 9,
      details: 'cannot add items: the basket is checked out',
    });
    expect(await code('RemoveItem', { id, product_id: productId, quantity: 1 })).toEqual({
      code: 9,
      details: 'cannot remove items: the basket is checked out',
    });
    expect(await code('CheckoutBasket', { id, payment_id: randomUUID() })).toEqual({
      code: 9,
      details: 'cannot check out the basket: the basket is checked out',
    });
    expect(await code('CancelBasket', { id })).toEqual({
      code: 9,
      details: 'cannot cancel the basket: the basket is checked out',
    });

    // Cancel twice.
    const other = await start();
    await call('AddItem', { id: other, product_id: productId, quantity: 2 });
    await call('CancelBasket', { id: other });
    expect((await basket(other)).status).toBe('BASKET_STATUS_CANCELED');
    expect((await basket(other)).items).toEqual([]);
    expect(await code('CancelBasket', { id: other })).toEqual({
      code: 9,
      details: 'cannot cancel the basket: the basket is canceled',
    });
    await eventually(() => payloadsOf(Names.baskets.BasketCanceled).some((p) => p.id === other));

    // The service is still up after all of that.
    expect(await start()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('dead-letters a malformed stores event and keeps consuming', async () => {
    await publish(Names.stores.ProductAdded, { id: 'not-a-uuid', storeId: randomUUID(), name: 'X', price: 1, version: 1 });
    await publish(Names.stores.ProductAdded, { id: randomUUID(), storeId: randomUUID(), name: 'Y', price: -5, version: 1 });
    await eventually(async () => (await queueDepth(env.rabbitmqUrl, `${env.namespace}baskets.stores-events.dlq`)) === 2);
    const { productId } = await catalogued(1);
    expect((await cachedProduct(productId))?.price).toBe('1.00');
  });

  it('answers UNAVAILABLE when stores cannot be reached on a cache miss', async () => {
    const { productId } = await catalogued(9);
    await fake.stop();
    const id = await start();
    const r = await code('AddItem', { id, product_id: randomUUID(), quantity: 1 });
    expect(r.code).toBe(14);
    expect(r.details).toMatch(/^stores\.GetProduct/);
    // Cached products still sell while stores is down.
    await call('AddItem', { id, product_id: productId, quantity: 1 });
    expect((await basket(id)).items).toHaveLength(1);
  });
});
