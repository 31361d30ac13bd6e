import { describe, it, expect, beforeAll, afterAll, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { Headers, type Broker } from '@mallbots/am';
import { queueDepth } from '@mallbots/am/testing';
import { Names, Services, clientConstructor, serviceDefinition, type MessageName, type MessageTypes } from '@mallbots/contracts';
import { createClient, invoke } from '@mallbots/rpc';
import type { ReflectionClient } from '@mallbots/rpc/testing';
import {
  startServiceUnderTest,
  type ServiceUnderTest,
  observeDecoded,
  publishMessage,
  sendCommand,
  type DecodedMessage,
  type TestEnv,
  type TestPublisher,
  grpcError,
  eventually as waitUntil,
} from '@mallbots/runtime/testing';
import type { RunningService } from '@mallbots/runtime';
import { depotService } from '../src/module.ts';

const SVC = 'mallbots.depot.v1.DepotService';
const REPLY_CHANNEL = 'test.depot.replies';

/**
 * The reflection test client decodes map fields as lists of {key, value} entries (protobufjs builds its types from
 * the descriptors without map support); grpcurl shows them as JSON objects. This turns them back into objects.
 */
function withMaps(v: unknown): unknown {
  if (Array.isArray(v)) {
    const isEntry = (e: unknown): boolean => typeof e === 'object' && e !== null && 'key' in e && 'value' in e;
    if (v.length > 0 && v.every(isEntry)) {
      return Object.fromEntries((v as { key: string; value: unknown }[]).map((e) => [e.key, withMaps(e.value)]));
    }
    return v.map(withMaps);
  }
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withMaps(x)]));
  return v;
}

/** ShoppingListStatus numbers: the reflection client takes enum values as numbers. */
const STATUS = { PENDING: 1, AVAILABLE: 2 } as const;

// Start-up (database, migrations, broker) can take a few seconds on a busy machine.
jest.setTimeout(30_000);

interface FakeStore {
  id: string;
  name: string;
  location: string;
  participating: boolean;
  version: number;
}
interface FakeProduct {
  id: string;
  storeId: string;
  name: string;
  description: string;
  sku: string;
  price: number;
  version: number;
}

/**
 * A test double of the stores service: GetStore and GetProduct over real gRPC from in-memory maps, counting calls.
 * `unavailable` makes the next n calls fail with UNAVAILABLE.
 */
class FakeStores {
  readonly stores = new Map<string, FakeStore>();
  readonly products = new Map<string, FakeProduct>();
  calls = 0;
  unavailable = 0;
  readonly #server = new grpc.Server();

  async start(): Promise<string> {
    const answer = <T>(found: T | undefined, what: string, cb: grpc.sendUnaryData<unknown>, wrap: (v: T) => unknown) => {
      this.calls += 1;
      if (this.unavailable > 0) {
        this.unavailable -= 1;
        cb({ code: grpc.status.UNAVAILABLE, details: 'stores is restarting' });
      } else if (!found) cb({ code: grpc.status.NOT_FOUND, details: `${what} with that ID does not exist` });
      else cb(null, wrap(found));
    };
    this.#server.addService(serviceDefinition(Services.stores) as unknown as grpc.ServiceDefinition, {
      GetStore: (call: grpc.ServerUnaryCall<{ id: string }, unknown>, cb: grpc.sendUnaryData<unknown>) =>
        answer(this.stores.get(call.request.id), 'store', cb, (store) => ({ store })),
      GetProduct: (call: grpc.ServerUnaryCall<{ id: string }, unknown>, cb: grpc.sendUnaryData<unknown>) =>
        answer(this.products.get(call.request.id), 'product', cb, (product) => ({ product })),
    });
    const port = await new Promise<number>((resolve, reject) =>
      this.#server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) =>
        err ? reject(err) : resolve(p),
      ),
    );
    return `127.0.0.1:${port}`;
  }

  stop(): void {
    this.#server.forceShutdown();
  }
}

describe('depot service (gRPC + PostgreSQL + RabbitMQ, fake stores)', () => {
  let t: ServiceUnderTest;
  let env: TestEnv;
  let svc: RunningService;
  let client: ReflectionClient;
  let broker: Broker;
  const fake = new FakeStores();
  const events: DecodedMessage[] = [];
  const replies: DecodedMessage[] = [];

  beforeAll(async () => {
    const storesAddr = await fake.start();
    t = await startServiceUnderTest(depotService, {
      env: { STORES_GRPC_ADDR: storesAddr },
      observe: [
        observeDecoded('observer.events', 'events', 'mallbots.depot.v1.#', events),
        observeDecoded('observer.replies', 'replies', REPLY_CHANNEL, replies),
      ],
    });
    ({ env, svc, client, broker } = t);
  });
  afterAll(async () => {
    await t.close();
    fake.stop();
  });

  const call = (m: string, req: Record<string, unknown>) => client.call(`${SVC}/${m}`, req);
  const code = (m: string, req: Record<string, unknown>) => grpcError(call(m, req), m);
  const eventually = (pred: () => boolean | Promise<boolean>, ms = 8000): Promise<void> => waitUntil(pred, ms, 25);
  const settle = (ms = 400): Promise<void> => new Promise((r) => setTimeout(r, ms));
  const publish: TestPublisher = (exchange, name, payload, opts) => publishMessage(broker, exchange, name, payload, opts);
  /** Sends a saga command; returns a promise of its reply (matched by saga id). */
  const command = <N extends MessageName>(name: N, payload: MessageTypes[N]['input'], ms = 8000): Promise<DecodedMessage> =>
    sendCommand(broker, replies, name, payload, { replyChannel: REPLY_CHANNEL, sagaName: 'cosec.CreateOrder', timeoutMs: ms });
  const query = async <T>(sql: string, params: unknown[]): Promise<T[]> => svc.context.orm.em.fork().execute<T[]>(sql, params);
  const getList = async (id: string): Promise<Record<string, unknown>> =>
    withMaps((await call('GetShoppingList', { id })).shopping_list) as Record<string, unknown>;
  const dlq = (group: string): Promise<number> => queueDepth(env.rabbitmqUrl, `${env.namespace}${group}.dlq`);

  /** A store and a product known to the fake stores service only (not in depot's caches). */
  const remoteCatalog = (storeName = 'Remote Store', productName = 'Remote Product') => {
    const store: FakeStore = { id: randomUUID(), name: storeName, location: 'Level 9', participating: true, version: 4 };
    const product: FakeProduct = {
      id: randomUUID(),
      storeId: store.id,
      name: productName,
      description: '',
      sku: 'SKU',
      price: 2,
      version: 2,
    };
    fake.stores.set(store.id, store);
    fake.products.set(product.id, product);
    return { storeId: store.id, productId: product.id };
  };
  const createList = async (orderId = randomUUID()): Promise<{ id: string; orderId: string }> => {
    const { storeId, productId } = remoteCatalog();
    const { id } = (await call('CreateShoppingList', {
      order_id: orderId,
      items: [{ product_id: productId, store_id: storeId, quantity: 2 }],
    })) as { id: string };
    return { id, orderId };
  };

  it('is discoverable through reflection, including health', async () => {
    expect(await client.listServices()).toContain(SVC);
    expect(await client.call('grpc.health.v1.Health/Check', { service: '' })).toEqual({ status: 'SERVING' });
  });

  it('keeps the caches from stores events, applying only newer versions, and names stops from them', async () => {
    const s1 = randomUUID();
    const p1 = randomUUID();
    const p2 = randomUUID();
    await publish('events', Names.stores.StoreCreated, { id: s1, name: 'Corner Shop', location: 'Level 1', version: 1 });
    await publish('events', Names.stores.StoreRebranded, { id: s1, name: 'Corner Shop 3', version: 3 });
    await publish('events', Names.stores.StoreRebranded, { id: s1, name: 'Corner Shop 2', version: 2 }); // late
    await publish('events', Names.stores.ProductAdded, {
      id: p1,
      storeId: s1,
      name: 'Apples',
      description: '',
      sku: 'A1',
      price: 1,
      version: 1,
    });
    await publish('events', Names.stores.ProductRebranded, { id: p1, name: 'Green Apples', description: '', version: 2 });
    // p2: the rebrand arrives before the creation (a retried creation); the creation still fills in the store.
    await publish('events', Names.stores.ProductRebranded, { id: p2, name: 'Ripe Pears', description: '', version: 2 });
    await publish('events', Names.stores.ProductAdded, {
      id: p2,
      storeId: s1,
      name: 'Pears',
      description: '',
      sku: 'P1',
      price: 1,
      version: 1,
    });
    await eventually(async () => {
      const rows = await query<{ store_id: string | null }>('select store_id from depot.products_cache where id = ?', [p2]);
      return rows[0]?.store_id === s1;
    });
    await eventually(async () => {
      const rows = await query<{ version: number }>('select version from depot.stores_cache where id = ?', [s1]);
      return rows[0]?.version === 3;
    });
    await settle(200); // the late rebrand (version 2) has had its chance to overwrite, and must not have

    const callsBefore = fake.calls;
    const orderId = randomUUID();
    const { id } = (await call('CreateShoppingList', {
      order_id: orderId,
      items: [
        { product_id: p1, store_id: s1, quantity: 2 },
        { product_id: p2, store_id: s1, quantity: 1 },
      ],
    })) as { id: string };
    expect(await getList(id)).toEqual({
      id,
      order_id: orderId,
      assigned_bot_id: '',
      status: 'SHOPPING_LIST_STATUS_PENDING',
      stops: {
        [s1]: {
          store_name: 'Corner Shop 3',
          store_location: 'Level 1',
          items: { [p1]: { name: 'Green Apples', quantity: 2 }, [p2]: { name: 'Ripe Pears', quantity: 1 } },
        },
      },
    });
    expect(fake.calls).toBe(callsBefore); // all from the cache

    // A removed product can no longer be shopped; stores is not asked.
    await publish('events', Names.stores.ProductRemoved, { id: p2, version: 3 });
    await publish('events', Names.stores.ProductRebranded, { id: p2, name: 'Zombie Pears', description: '', version: 2 });
    await eventually(
      async () => (await query<{ removed: boolean }>('select removed from depot.products_cache where id = ?', [p2]))[0]!.removed,
    );
    expect(
      await code('CreateShoppingList', { order_id: randomUUID(), items: [{ product_id: p2, store_id: s1, quantity: 1 }] }),
    ).toEqual({
      code: 5,
      details: `product ${p2} not found`,
    });
    expect(fake.calls).toBe(callsBefore);
    expect(await dlq('depot.stores-events')).toBe(0);
  });

  it('dead-letters malformed stores events', async () => {
    await publish('events', Names.stores.StoreCreated, { id: randomUUID(), name: ' ', location: 'L', version: 1 });
    await publish('events', Names.stores.ProductRemoved, { id: randomUUID(), version: 0 });
    await eventually(async () => (await dlq('depot.stores-events')) === 2);
  });

  it('falls back to stores over gRPC on a cache miss, and caches what it got', async () => {
    const { storeId, productId } = remoteCatalog('Fallback Store', 'Fallback Product');
    const before = fake.calls;
    const { id } = await (async () => {
      const orderId = randomUUID();
      return (await call('CreateShoppingList', {
        order_id: orderId,
        items: [{ product_id: productId, store_id: storeId, quantity: 4 }],
      })) as { id: string };
    })();
    expect(fake.calls).toBe(before + 2);
    expect((await getList(id)).stops).toEqual({
      [storeId]: {
        store_name: 'Fallback Store',
        store_location: 'Level 9',
        items: { [productId]: { name: 'Fallback Product', quantity: 4 } },
      },
    });
    expect(await query('select name, location, version from depot.stores_cache where id = ?', [storeId])).toEqual([
      { name: 'Fallback Store', location: 'Level 9', version: 4 },
    ]);
    // the second order for the same product is served from the cache
    await call('CreateShoppingList', {
      order_id: randomUUID(),
      items: [{ product_id: productId, store_id: storeId, quantity: 1 }],
    });
    expect(fake.calls).toBe(before + 2);

    const unknown = randomUUID();
    expect(
      await code('CreateShoppingList', {
        order_id: randomUUID(),
        items: [{ product_id: unknown, store_id: storeId, quantity: 1 }],
      }),
    ).toEqual({
      code: 5,
      details: `product ${unknown} not found`,
    });
    const other = remoteCatalog();
    expect(
      await code('CreateShoppingList', {
        order_id: randomUUID(),
        items: [{ product_id: other.productId, store_id: storeId, quantity: 1 }],
      }),
    ).toEqual({
      code: 3,
      details: `items[0].store_id: product ${other.productId} is sold by store ${other.storeId}, not ${storeId}`,
    });
    const lonely = remoteCatalog();
    fake.stores.delete(lonely.storeId);
    expect(
      await code('CreateShoppingList', {
        order_id: randomUUID(),
        items: [{ product_id: lonely.productId, store_id: lonely.storeId, quantity: 1 }],
      }),
    ).toEqual({ code: 5, details: `store ${lonely.storeId} not found` });

    fake.unavailable = 1;
    const down = remoteCatalog();
    const r = await code('CreateShoppingList', {
      order_id: randomUUID(),
      items: [{ product_id: down.productId, store_id: down.storeId, quantity: 1 }],
    });
    expect(r.code).toBe(14);
    expect(r.details).toContain('stores is restarting');
  });

  it('shops a list over gRPC: create, initiate, list available, assign, complete -> ShoppingListCompleted', async () => {
    const { id, orderId } = await createList();
    expect(
      await code('CreateShoppingList', {
        order_id: orderId,
        items: [{ product_id: randomUUID(), store_id: randomUUID(), quantity: 1 }],
      }),
    ).toEqual({
      code: 6,
      details: `order ${orderId} already has shopping list ${id}`,
    });
    expect(await code('AssignShoppingList', { id, bot_id: 'bot-1' })).toEqual({
      code: 9,
      details: `shopping list ${id} is pending; only available lists can be assigned`,
    });
    await call('InitiateShopping', { id });
    expect(await code('InitiateShopping', { id })).toEqual({
      code: 9,
      details: `shopping list ${id} is available; only pending lists can be initiated`,
    });
    const available = (await call('ListShoppingLists', { status: STATUS.AVAILABLE, limit: 100 })).shopping_lists as {
      id: string;
      status: string;
    }[];
    expect(available.map((l) => l.id)).toContain(id);
    expect(available.every((l) => l.status === 'SHOPPING_LIST_STATUS_AVAILABLE')).toBe(true);
    expect(await code('CompleteShoppingList', { id })).toEqual({
      code: 9,
      details: `shopping list ${id} is available; only assigned lists can be completed`,
    });

    await call('AssignShoppingList', { id, bot_id: ' bot-42 ' });
    expect(await getList(id)).toMatchObject({ status: 'SHOPPING_LIST_STATUS_ASSIGNED', assigned_bot_id: 'bot-42' });
    expect(await code('AssignShoppingList', { id, bot_id: 'bot-43' })).toEqual({
      code: 9,
      details: `shopping list ${id} is assigned; only available lists can be assigned`,
    });
    await call('CompleteShoppingList', { id });
    expect((await getList(id)).status).toBe('SHOPPING_LIST_STATUS_COMPLETED');
    expect(await code('CancelShoppingList', { id })).toEqual({
      code: 9,
      details: `shopping list ${id} is completed; only pending, available, assigned or active lists can be canceled`,
    });

    await eventually(() => events.some((e) => e.payload['id'] === id));
    await settle();
    const completed = events.filter((e) => e.payload['id'] === id);
    expect(completed).toEqual([
      { name: Names.depot.ShoppingListCompleted, payload: { id, orderId }, headers: expect.any(Object) },
    ]);
  });

  it('cancels a list over gRPC, once', async () => {
    const { id } = await createList();
    await call('InitiateShopping', { id });
    await call('CancelShoppingList', { id });
    expect((await getList(id)).status).toBe('SHOPPING_LIST_STATUS_CANCELED');
    expect(await code('CancelShoppingList', { id })).toEqual({
      code: 9,
      details: `shopping list ${id} is canceled; only pending, available, assigned or active lists can be canceled`,
    });
    expect(await code('InitiateShopping', { id })).toEqual({
      code: 9,
      details: `shopping list ${id} is canceled; only pending lists can be initiated`,
    });
  });

  it('lists by order and status, oldest first, bounded', async () => {
    const a = await createList();
    const b = await createList();
    await call('InitiateShopping', { id: b.id });
    const byOrder = (await call('ListShoppingLists', { order_id: a.orderId })).shopping_lists as { id: string }[];
    expect(byOrder.map((l) => l.id)).toEqual([a.id]);
    const pending = (await call('ListShoppingLists', { status: STATUS.PENDING, limit: 100 })).shopping_lists as {
      id: string;
    }[];
    expect(pending.map((l) => l.id)).toContain(a.id);
    expect(pending.map((l) => l.id)).not.toContain(b.id);
    const one = (await call('ListShoppingLists', { limit: 1 })).shopping_lists as unknown[];
    expect(one).toHaveLength(1);
    const all = (await call('ListShoppingLists', {})).shopping_lists as unknown[];
    expect(all.length).toBeGreaterThan(1);
    expect(all.length).toBeLessThanOrEqual(20);
  });

  it('takes part in the saga: CreateShoppingList replies with the list id, once per order however often it is sent', async () => {
    const { storeId, productId } = remoteCatalog();
    const orderId = randomUUID();
    const cmd = { orderId, items: [{ productId, storeId, quantity: 3 }] };
    // two copies at once may race to the insert (both wait for the catalogue from stores): the loser's unit of work
    // then fails at commit (ShoppingListRaced), and redelivered it finds and answers with the winner's list
    const [first, second] = await Promise.all([
      command(Names.depot.CreateShoppingList, cmd),
      command(Names.depot.CreateShoppingList, cmd),
    ]);
    expect(first.name).toBe(Names.depot.CreatedShoppingList);
    expect(first.headers[Headers.ReplyOutcome]).toBe('SUCCESS');
    expect(first.headers[Headers.SagaName]).toBe('cosec.CreateOrder');
    const id = first.payload['id'] as string;
    expect(second.payload).toEqual({ id });
    const retried = await command(Names.depot.CreateShoppingList, cmd);
    expect(retried.payload).toEqual({ id });
    expect(await query('select id from depot.shopping_lists where order_id = ?', [orderId])).toEqual([{ id }]);

    // InitiateShopping makes it available; a repeat is a success too
    expect((await command(Names.depot.InitiateShopping, { id })).name).toBe(Names.common.Success);
    expect((await command(Names.depot.InitiateShopping, { id })).name).toBe(Names.common.Success);
    expect((await getList(id)).status).toBe('SHOPPING_LIST_STATUS_AVAILABLE');

    // the compensation, twice
    expect((await command(Names.depot.CancelShoppingList, { id })).name).toBe(Names.common.Success);
    expect((await command(Names.depot.CancelShoppingList, { id })).name).toBe(Names.common.Success);
    expect((await getList(id)).status).toBe('SHOPPING_LIST_STATUS_CANCELED');
    const initiate = await command(Names.depot.InitiateShopping, { id });
    expect(initiate.name).toBe(Names.common.Failure);
    expect(initiate.headers[Headers.ReplyOutcome]).toBe('FAILURE');
    expect(initiate.payload).toEqual({
      code: 'FAILED_PRECONDITION',
      message: `shopping list ${id} is canceled; only pending lists can be initiated`,
    });
    // a cancelled order's list is never replaced: a late CreateShoppingList gets the same (cancelled) list
    expect((await command(Names.depot.CreateShoppingList, cmd)).payload).toEqual({ id });
  });

  it('answers failing commands with a Failure reply', async () => {
    const unknownList = randomUUID();
    expect((await command(Names.depot.CancelShoppingList, { id: unknownList })).payload).toEqual({
      code: 'NOT_FOUND',
      message: `shopping list ${unknownList} not found`,
    });
    expect((await command(Names.depot.InitiateShopping, { id: 'nope' })).payload).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'id must be a UUID, got "nope"',
    });
    const unknownProduct = randomUUID();
    const orderId = randomUUID();
    expect(
      (
        await command(Names.depot.CreateShoppingList, {
          orderId,
          items: [{ productId: unknownProduct, storeId: randomUUID(), quantity: 1 }],
        })
      ).payload,
    ).toEqual({ code: 'NOT_FOUND', message: `product ${unknownProduct} not found` });
    expect((await command(Names.depot.CreateShoppingList, { orderId, items: [] })).payload).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'items must have at least one entry',
    });
    expect(await query('select id from depot.shopping_lists where order_id = ?', [orderId])).toEqual([]);
  });

  it('retries CreateShoppingList while stores is unavailable instead of failing the saga', async () => {
    const { storeId, productId } = remoteCatalog();
    fake.unavailable = 1;
    const reply = await command(
      Names.depot.CreateShoppingList,
      { orderId: randomUUID(), items: [{ productId, storeId, quantity: 1 }] },
      15_000,
    );
    expect(reply.name).toBe(Names.depot.CreatedShoppingList);
    expect(fake.unavailable).toBe(0);
    expect(await dlq('depot.commands')).toBe(0);
  });

  it('cancels the list of a cancelled order (OrderCanceled), and ignores orders without one', async () => {
    const { id, orderId } = await createList();
    await call('InitiateShopping', { id });
    const canceled = { id: orderId, customerId: randomUUID(), paymentId: randomUUID(), shoppingId: '', version: 2 };
    await publish('events', Names.ordering.OrderCanceled, canceled);
    await publish('events', Names.ordering.OrderCanceled, canceled); // same fact, another message id
    await publish('events', Names.ordering.OrderCanceled, { ...canceled, id: randomUUID() }); // no list: nothing to do
    await eventually(async () => (await getList(id)).status === 'SHOPPING_LIST_STATUS_CANCELED');
    await settle();
    expect(await dlq('depot.ordering-events')).toBe(0);
  });

  it('cancels the list of a rejected order (OrderRejected), even one the saga could not name after a timeout', async () => {
    const { id, orderId } = await createList();
    await publish('events', Names.ordering.OrderRejected, {
      id: orderId,
      customerId: randomUUID(),
      paymentId: randomUUID(),
      version: 2,
    });
    await eventually(async () => (await getList(id)).status === 'SHOPPING_LIST_STATUS_CANCELED');
  });

  it('dead-letters the cancellation of an order whose list was already completed', async () => {
    const { id, orderId } = await createList();
    await call('InitiateShopping', { id });
    await call('AssignShoppingList', { id, bot_id: 'bot-1' });
    await call('CompleteShoppingList', { id });
    const before = await dlq('depot.ordering-events');
    await publish('events', Names.ordering.OrderCanceled, {
      id: orderId,
      customerId: randomUUID(),
      paymentId: randomUUID(),
      version: 2,
    });
    await eventually(async () => (await dlq('depot.ordering-events')) === before + 1);
    expect((await getList(id)).status).toBe('SHOPPING_LIST_STATUS_COMPLETED');
  });

  it('rejects bad input with INVALID_ARGUMENT naming the field, and unknown ids with NOT_FOUND', async () => {
    const item = { product_id: randomUUID(), store_id: randomUUID(), quantity: 1 };
    const ok = { order_id: randomUUID(), items: [item] };
    const cases: [string, Record<string, unknown>, string][] = [
      ['CreateShoppingList', { ...ok, order_id: '' }, 'order_id cannot be blank'],
      ['CreateShoppingList', { ...ok, order_id: 'o-1' }, 'order_id must be a UUID, got "o-1"'],
      ['CreateShoppingList', { ...ok, items: [] }, 'items must have at least one entry'],
      ['CreateShoppingList', { ...ok, items: Array.from({ length: 101 }, () => item) }, 'items must have at most 100 entries'],
      ['CreateShoppingList', { ...ok, items: [{ ...item, product_id: 'p' }] }, 'items[0].product_id must be a UUID, got "p"'],
      ['CreateShoppingList', { ...ok, items: [item, { ...item, store_id: '' }] }, 'items[1].store_id cannot be blank'],
      ['CreateShoppingList', { ...ok, items: [{ ...item, quantity: 0 }] }, 'items[0].quantity must be at least 1'],
      ['CreateShoppingList', { ...ok, items: [{ ...item, quantity: 1001 }] }, 'items[0].quantity must be at most 1000'],
      ['GetShoppingList', { id: '' }, 'id cannot be blank'],
      ['GetShoppingList', { id: 'x' }, 'id must be a UUID, got "x"'],
      ['ListShoppingLists', { order_id: 'x' }, 'order_id must be a UUID, got "x"'],
      ['ListShoppingLists', { limit: 101 }, 'limit must be at most 100'],
      ['ListShoppingLists', { limit: -1 }, 'limit cannot be negative'],
      ['CancelShoppingList', { id: '' }, 'id cannot be blank'],
      ['InitiateShopping', { id: '1' }, 'id must be a UUID, got "1"'],
      ['AssignShoppingList', { id: 'x', bot_id: 'bot' }, 'id must be a UUID, got "x"'],
      ['AssignShoppingList', { id: randomUUID(), bot_id: ' ' }, 'bot_id cannot be blank'],
      ['AssignShoppingList', { id: randomUUID(), bot_id: 'b'.repeat(201) }, 'bot_id must be at most 200 characters'],
      ['CompleteShoppingList', { id: '' }, 'id cannot be blank'],
    ];
    for (const [method, req, details] of cases) {
      expect({ method, ...(await code(method, req)) }).toEqual({ method, code: 3, details });
    }
    const unknown = randomUUID();
    for (const [method, req] of [
      ['GetShoppingList', { id: unknown }],
      ['CancelShoppingList', { id: unknown }],
      ['InitiateShopping', { id: unknown }],
      ['AssignShoppingList', { id: unknown, bot_id: 'bot' }],
      ['CompleteShoppingList', { id: unknown }],
    ] as const) {
      expect(await code(method, req)).toEqual({ code: 5, details: `shopping list ${unknown} not found` });
    }
    // an enum value this server does not know (a newer client), through a generated client
    const typed = createClient(clientConstructor(Services.depot), `127.0.0.1:${svc.grpcPort}`);
    try {
      const err = await invoke('depot.ListShoppingLists', (md, opts, cb) =>
        typed.ListShoppingLists({ status: 9 as unknown as 'SHOPPING_LIST_STATUS_PENDING' }, md, opts, cb),
      ).catch((e: unknown) => e);
      expect(err).toMatchObject({ kind: 'INVALID_ARGUMENT', message: 'status 9 is not a shopping list status' });
    } finally {
      typed.close();
    }
    // the service is still up after all of that
    expect((await call('ListShoppingLists', {})).shopping_lists).toBeDefined();
  });
});
