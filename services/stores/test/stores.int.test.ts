import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import * as grpc from '@grpc/grpc-js';
import type { Envelope } from '@mallbots/am';

import { Names, decodeMessage, type MessageName } from '@mallbots/contracts';
import { EventStore } from '@mallbots/es';
import type { ReflectionClient } from '@mallbots/rpc/testing';
import { startService, type RunningService } from '@mallbots/runtime';
import { startServiceUnderTest, type ServiceUnderTest, eventually, grpcError, type TestEnv } from '@mallbots/runtime/testing';
import { increaseProductPrice } from '../src/application/change-product-price.ts';
import type { StoresDeps } from '../src/application/stores-deps.ts';
import { storesService } from '../src/module.ts';
import { ProductProjection } from '../src/persistence/product.projection.ts';
import { ProductRepository } from '../src/persistence/product.repository.ts';
import { StoreProjection } from '../src/persistence/store.projection.ts';
import { StoreRepository } from '../src/persistence/store.repository.ts';

const SVC = 'mallbots.stores.v1.StoresService';
const SNAPSHOT_EVERY = 5;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

type Json = Record<string, unknown>;
interface Seen {
  name: string;
  payload: Json & { id: string; version: number };
}

describe('stores service (gRPC + PostgreSQL + RabbitMQ)', () => {
  let t: ServiceUnderTest<NonNullable<(typeof storesService)['config']>>;
  let env: TestEnv;
  let svc: RunningService<NonNullable<(typeof storesService)['config']>>;
  let client: ReflectionClient;
  const seen: Envelope[] = [];

  beforeAll(async () => {
    t = await startServiceUnderTest(storesService, {
      env: { SNAPSHOT_EVERY: String(SNAPSHOT_EVERY) },
      observe: [{ queue: 'observer', exchange: 'events', routingKey: 'mallbots.stores.v1.#', onMessage: (e) => seen.push(e) }],
    });
    ({ env, svc, client } = t);
  });
  afterAll(async () => {
    await t.close();
  });

  const call = (m: string, req: Json): Promise<Json> => client.call(`${SVC}/${m}`, req);
  const fail = (m: string, req: Json): Promise<{ code: number; details: string }> => grpcError(call(m, req), m);
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** Events seen for one aggregate, in arrival order, decoded. */
  const eventsOf = (id: string): Seen[] =>
    seen
      .map((e) => ({ name: e.name, payload: decodeMessage(e.name as MessageName, e.payload) as Seen['payload'] }))
      .filter((e) => e.payload.id === id);
  const waitEvents = async (id: string, n: number): Promise<Seen[]> => {
    await eventually(() => eventsOf(id).length >= n);
    await sleep(100); // nothing more should arrive
    return eventsOf(id);
  };
  const sql = <T>(q: string, params: unknown[] = []): Promise<T[]> => svc.context.orm.em.fork().execute<T[]>(q, params);
  const createStore = async (name: string, location = 'Level 1'): Promise<string> =>
    (await call('CreateStore', { name, location })).id as string;
  const addProduct = async (storeId: string, name: string, price: number): Promise<string> =>
    (await call('AddProduct', { store_id: storeId, name, description: '', sku: '', price })).id as string;

  it('is discoverable through reflection, including health', async () => {
    const services = await client.listServices();
    expect(services).toContain(SVC);
    expect(await client.call('grpc.health.v1.Health/Check', { service: '' })).toEqual({ status: 'SERVING' });
  });

  it('creates, enables, disables and rebrands a store; queries read the projection; events leave in order', async () => {
    const id = await createStore(' Zebra Books ', ' Level 2, east ');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await call('GetStore', { id })).toEqual({
      store: { id, name: 'Zebra Books', location: 'Level 2, east', participating: false, version: 1 },
    });

    await call('EnableParticipation', { id });
    expect(await fail('EnableParticipation', { id })).toEqual({ code: 9, details: 'the store is already participating' });
    expect(((await call('GetParticipatingStores', {})).stores as Json[]).map((s) => s.id)).toContain(id);

    await call('DisableParticipation', { id });
    expect(await fail('DisableParticipation', { id })).toEqual({ code: 9, details: 'the store is not participating' });
    expect(((await call('GetParticipatingStores', {})).stores as Json[]).map((s) => s.id)).not.toContain(id);

    await call('RebrandStore', { id, name: ' Aardvark Books ' });
    await call('RebrandStore', { id, name: 'Aardvark Books' }); // unchanged: no event, no new version
    const other = await createStore('Music');
    await call('EnableParticipation', { id: other });
    expect(await call('GetStore', { id })).toEqual({
      store: { id, name: 'Aardvark Books', location: 'Level 2, east', participating: false, version: 4 },
    });
    const all = (await call('GetStores', {})).stores as Json[];
    expect(all.map((s) => s.name)).toEqual([...all.map((s) => s.name as string)].sort());
    expect(all).toContainEqual({ id, name: 'Aardvark Books', location: 'Level 2, east', participating: false, version: 4 });
    expect((await call('GetParticipatingStores', {})).stores).toEqual([
      { id: other, name: 'Music', location: 'Level 1', participating: true, version: 2 },
    ]);

    const events = await waitEvents(id, 4);
    expect(events).toEqual([
      {
        name: Names.stores.StoreCreated,
        payload: { id, name: 'Zebra Books', location: 'Level 2, east', version: 1 },
      },
      { name: Names.stores.StoreParticipationToggled, payload: { id, participating: true, version: 2 } },
      { name: Names.stores.StoreParticipationToggled, payload: { id, participating: false, version: 3 } },
      { name: Names.stores.StoreRebranded, payload: { id, name: 'Aardvark Books', version: 4 } },
    ]);
    // Every integration event went through the outbox (which the relay empties after publishing).
    await eventually(async () => (await sql<{ n: string }>('select count(*) as n from stores.outbox'))[0]?.n === '0');
  });

  it('adds, rebrands, reprices and removes a product; catalogue and events follow', async () => {
    const storeId = await createStore('Maps & More');
    expect(await call('GetCatalog', { store_id: storeId })).toEqual({ products: [] });
    const id = (
      await call('AddProduct', { store_id: storeId, name: ' Road Atlas ', description: ' 2024 ', sku: ' RA-1 ', price: 12.5 })
    ).id as string;
    const globe = await addProduct(storeId, 'Globe', 40);
    expect(await call('GetProduct', { id })).toEqual({
      product: { id, store_id: storeId, name: 'Road Atlas', description: '2024', sku: 'RA-1', price: 12.5, version: 1 },
    });

    await call('RebrandProduct', { id, name: 'World Atlas', description: 'all roads' });
    await call('IncreaseProductPrice', { id, price: 15.2 });
    await call('DecreaseProductPrice', { id, price: 9.99 });
    const atlas = { id, store_id: storeId, name: 'World Atlas', description: 'all roads', sku: 'RA-1', price: 9.99, version: 4 };
    expect(await call('GetProduct', { id })).toEqual({ product: atlas });
    // ordered by name
    expect(((await call('GetCatalog', { store_id: storeId })).products as Json[]).map((p) => p.name)).toEqual([
      'Globe',
      'World Atlas',
    ]);

    await call('RemoveProduct', { id });
    expect(await fail('GetProduct', { id })).toEqual({ code: 5, details: 'product with that ID does not exist' });
    expect(((await call('GetCatalog', { store_id: storeId })).products as Json[]).map((p) => p.id)).toEqual([globe]);

    const events = await waitEvents(id, 5);
    expect(events.map((e) => e.name)).toEqual([
      Names.stores.ProductAdded,
      Names.stores.ProductRebranded,
      Names.stores.ProductPriceIncreased,
      Names.stores.ProductPriceDecreased,
      Names.stores.ProductRemoved,
    ]);
    expect(events.map((e) => e.payload)).toEqual([
      { id, storeId, name: 'Road Atlas', description: '2024', sku: 'RA-1', price: 12.5, version: 1 },
      { id, name: 'World Atlas', description: 'all roads', version: 2 },
      { id, delta: expect.closeTo(2.7, 10), price: 15.2, version: 3 },
      { id, delta: expect.closeTo(-5.21, 10), price: 9.99, version: 4 },
      { id, version: 5 },
    ]);
  });

  it('keeps a product right through many price changes and loads it from the snapshot', async () => {
    const storeId = await createStore('Snapshots');
    const id = await addProduct(storeId, 'Counter', 1);
    // 13 changes: versions 2..14; snapshots are taken at versions 5 and 10 (SNAPSHOT_EVERY=5), the last one stays.
    let price = 1;
    for (let i = 0; i < 13; i++) {
      price = i % 3 === 2 ? price - 0.5 : price + 1.1;
      price = Math.round(price * 100) / 100;
      await call(i % 3 === 2 ? 'DecreaseProductPrice' : 'IncreaseProductPrice', { id, price });
    }
    expect(price).toBe(8.9);
    expect(((await call('GetProduct', { id })).product as Json).price).toBe(8.9);
    expect(((await call('GetProduct', { id })).product as Json).version).toBe(14);
    const snaps = await sql<{ stream_version: number; snapshot_data: Json }>(
      'select stream_version, snapshot_data from stores.snapshots where stream_id = ?',
      [id],
    );
    expect(snaps).toEqual([{ stream_version: 10, snapshot_data: expect.objectContaining({ price: 6.1, removed: false }) }]);

    // Prove that loading starts from the snapshot: without events 1..10 the stream can only be rebuilt from it
    // (replaying events 11..14 alone would give version 4, and the next change would be stored as version 5).
    await sql('delete from stores.events where stream_id = ? and stream_version <= 10', [id]);
    expect(await fail('IncreaseProductPrice', { id, price: 8.9 })).toEqual({
      code: 9,
      details: 'the new price 8.9 must be higher than the current price 8.9',
    });
    await call('IncreaseProductPrice', { id, price: 9 });
    expect(await call('GetProduct', { id })).toEqual({
      product: { id, store_id: storeId, name: 'Counter', description: '', sku: '', price: 9, version: 15 },
    });
    const events = await waitEvents(id, 15);
    expect(events.map((e) => e.payload.version)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(events.at(-1)).toEqual({
      name: Names.stores.ProductPriceIncreased,
      payload: { id, delta: expect.closeTo(0.1, 10), price: 9, version: 15 },
    });
  });

  it('answers ABORTED to the loser of two concurrent changes of one product, which changes nothing', async () => {
    const storeId = await createStore('Race');
    const id = await addProduct(storeId, 'Contested', 10);
    const events = new EventStore({ schema: svc.context.config.DATABASE_SCHEMA, snapshotPolicy: () => false });
    const deps: StoresDeps = {
      stores: new StoreRepository(events),
      products: new ProductRepository(events),
      storeProjection: new StoreProjection(),
      productProjection: new ProductProjection(),
    };
    // A second writer (same code, same database) appends version 2 and holds its transaction open while the
    // gRPC call loads version 1 and tries to append version 2 too: that insert waits on the first writer's
    // uncommitted key and fails once it commits.
    let loser: Promise<{ code: number; details: string }> | undefined;
    await svc.context.tm.run(async (uow) => {
      await increaseProductPrice(deps, uow, id, 20);
      loser = fail('IncreaseProductPrice', { id, price: 30 });
      await eventually(
        async () =>
          (
            await sql<{ n: string }>(
              `select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
            )
          )[0]?.n !== '0',
      );
    });
    expect(await loser).toEqual({ code: 10, details: `stores.Product ${id} was changed concurrently, retry` });
    expect(await call('GetProduct', { id })).toMatchObject({ product: { price: 20, version: 2 } });
    // Retried by the client, the loser's change now applies to the current state.
    await call('IncreaseProductPrice', { id, price: 30 });
    expect(await call('GetProduct', { id })).toMatchObject({ product: { price: 30, version: 3 } });
    expect((await waitEvents(id, 3)).map((e) => [e.name, e.payload.price, e.payload.version])).toEqual([
      [Names.stores.ProductAdded, 10, 1],
      [Names.stores.ProductPriceIncreased, 20, 2],
      [Names.stores.ProductPriceIncreased, 30, 3],
    ]);
  });

  it('keeps one consistent history under a burst of concurrent price changes', async () => {
    const storeId = await createStore('Burst');
    const id = await addProduct(storeId, 'Hot item', 100);
    const prices = [101, 102, 103, 104, 105, 106, 107, 108];
    const outcomes = await Promise.all(
      prices.map((price) =>
        call('IncreaseProductPrice', { id, price }).then(
          () => ({ price, code: 0 }),
          (e: { code: number }) => ({ price, code: e.code }),
        ),
      ),
    );
    // Each call either won, lost a race (ABORTED), or ran after a higher price won (FAILED_PRECONDITION).
    for (const o of outcomes) expect([0, 9, 10]).toContain(o.code);
    const won = outcomes.filter((o) => o.code === 0);
    expect(won.length).toBeGreaterThanOrEqual(1);
    const product = (await call('GetProduct', { id })).product as Json;
    expect(product.version).toBe(1 + won.length);
    const stored = await sql<{ n: string }>('select count(*) as n from stores.events where stream_id = ?', [id]);
    expect(Number(stored[0]?.n)).toBe(1 + won.length);
    const priceEvents = (await waitEvents(id, 1 + won.length)).slice(1);
    expect(priceEvents.map((e) => e.payload.version)).toEqual(won.map((_, i) => i + 2));
    // Applied in version order, every accepted price was higher than the one before.
    const applied = priceEvents.map((e) => e.payload.price as number);
    expect(applied).toEqual([...applied].sort((a, b) => a - b));
    expect(product.price).toBe(applied.at(-1));
    expect([...applied].sort((a, b) => a - b)).toEqual(won.map((o) => o.price).sort((a, b) => a - b));
  });

  it('rejects bad input for every RPC with its status code and message, and keeps serving', async () => {
    const storeId = await createStore('Strict');
    const productId = await addProduct(storeId, 'Pen', 2);
    const removedId = await addProduct(storeId, 'Gone', 2);
    await call('RemoveProduct', { id: removedId });
    const long = 'x'.repeat(201);
    const cases: [string, Json, number, string][] = [
      ['CreateStore', { name: '  ', location: 'L1' }, 3, 'name cannot be blank'],
      ['CreateStore', { name: long, location: 'L1' }, 3, 'name must be at most 200 characters'],
      ['CreateStore', { name: 'Shop', location: '' }, 3, 'location cannot be blank'],
      ['CreateStore', { name: 'Shop', location: long }, 3, 'location must be at most 200 characters'],
      ['EnableParticipation', { id: '' }, 3, 'id cannot be blank'],
      ['EnableParticipation', { id: 'store-1' }, 3, 'id must be a UUID, got "store-1"'],
      ['EnableParticipation', { id: UNKNOWN }, 5, 'store with that ID does not exist'],
      ['DisableParticipation', { id: ' ' }, 3, 'id cannot be blank'],
      ['DisableParticipation', { id: UNKNOWN }, 5, 'store with that ID does not exist'],
      ['DisableParticipation', { id: storeId }, 9, 'the store is not participating'],
      ['RebrandStore', { id: 'x', name: 'New' }, 3, 'id must be a UUID, got "x"'],
      ['RebrandStore', { id: storeId, name: '' }, 3, 'name cannot be blank'],
      ['RebrandStore', { id: storeId, name: long }, 3, 'name must be at most 200 characters'],
      ['RebrandStore', { id: UNKNOWN, name: 'New' }, 5, 'store with that ID does not exist'],
      ['GetStore', { id: '' }, 3, 'id cannot be blank'],
      ['GetStore', { id: UNKNOWN }, 5, 'store with that ID does not exist'],
      ['GetStore', { id: productId }, 5, 'store with that ID does not exist'],
      ['AddProduct', { store_id: '', name: 'Ink', price: 1 }, 3, 'store_id cannot be blank'],
      ['AddProduct', { store_id: 'abc', name: 'Ink', price: 1 }, 3, 'store_id must be a UUID, got "abc"'],
      ['AddProduct', { store_id: UNKNOWN, name: 'Ink', price: 1 }, 5, 'store with that ID does not exist'],
      ['AddProduct', { store_id: storeId, name: ' ', price: 1 }, 3, 'name cannot be blank'],
      ['AddProduct', { store_id: storeId, name: long, price: 1 }, 3, 'name must be at most 200 characters'],
      [
        'AddProduct',
        { store_id: storeId, name: 'Ink', description: 'd'.repeat(2001), price: 1 },
        3,
        'description must be at most 2000 characters',
      ],
      ['AddProduct', { store_id: storeId, name: 'Ink', sku: long, price: 1 }, 3, 'sku must be at most 200 characters'],
      ['AddProduct', { store_id: storeId, name: 'Ink', price: -0.01 }, 3, 'price cannot be negative'],
      ['AddProduct', { store_id: storeId, name: 'Ink', price: 1e9 + 1 }, 3, 'price must be at most 1000000000'],
      ['AddProduct', { store_id: storeId, name: 'Ink', price: Infinity }, 3, 'price must be a finite number'],
      ['AddProduct', { store_id: storeId, name: 'Ink', price: NaN }, 3, 'price must be a finite number'],
      ['RebrandProduct', { id: 'p', name: 'Ink' }, 3, 'id must be a UUID, got "p"'],
      ['RebrandProduct', { id: productId, name: '' }, 3, 'name cannot be blank'],
      [
        'RebrandProduct',
        { id: productId, name: 'Ink', description: 'd'.repeat(2001) },
        3,
        'description must be at most 2000 characters',
      ],
      ['RebrandProduct', { id: UNKNOWN, name: 'Ink' }, 5, 'product with that ID does not exist'],
      ['RebrandProduct', { id: storeId, name: 'Ink' }, 5, 'product with that ID does not exist'],
      ['RebrandProduct', { id: removedId, name: 'Ink' }, 9, 'the product has been removed'],
      ['IncreaseProductPrice', { id: '', price: 3 }, 3, 'id cannot be blank'],
      ['IncreaseProductPrice', { id: productId, price: -3 }, 3, 'price cannot be negative'],
      ['IncreaseProductPrice', { id: productId, price: 2e9 }, 3, 'price must be at most 1000000000'],
      ['IncreaseProductPrice', { id: productId, price: -Infinity }, 3, 'price must be a finite number'],
      ['IncreaseProductPrice', { id: productId, price: 1 }, 9, 'the new price 1 must be higher than the current price 2'],
      ['IncreaseProductPrice', { id: productId, price: 2 }, 9, 'the new price 2 must be higher than the current price 2'],
      ['IncreaseProductPrice', { id: UNKNOWN, price: 3 }, 5, 'product with that ID does not exist'],
      ['IncreaseProductPrice', { id: removedId, price: 3 }, 9, 'the product has been removed'],
      ['DecreaseProductPrice', { id: 'nope', price: 1 }, 3, 'id must be a UUID, got "nope"'],
      ['DecreaseProductPrice', { id: productId, price: NaN }, 3, 'price must be a finite number'],
      ['DecreaseProductPrice', { id: productId, price: -1 }, 3, 'price cannot be negative'],
      ['DecreaseProductPrice', { id: productId, price: 3 }, 9, 'the new price 3 must be lower than the current price 2'],
      ['DecreaseProductPrice', { id: productId, price: 2 }, 9, 'the new price 2 must be lower than the current price 2'],
      ['DecreaseProductPrice', { id: UNKNOWN, price: 1 }, 5, 'product with that ID does not exist'],
      ['DecreaseProductPrice', { id: removedId, price: 1 }, 9, 'the product has been removed'],
      ['RemoveProduct', { id: '' }, 3, 'id cannot be blank'],
      ['RemoveProduct', { id: UNKNOWN }, 5, 'product with that ID does not exist'],
      ['RemoveProduct', { id: removedId }, 9, 'the product has been removed'],
      ['GetProduct', { id: 'x'.repeat(500) }, 3, `id must be a UUID, got "${'x'.repeat(64)}"`],
      ['GetProduct', { id: UNKNOWN }, 5, 'product with that ID does not exist'],
      ['GetProduct', { id: removedId }, 5, 'product with that ID does not exist'],
      ['GetCatalog', { store_id: '' }, 3, 'store_id cannot be blank'],
      ['GetCatalog', { store_id: 'shop' }, 3, 'store_id must be a UUID, got "shop"'],
      ['GetCatalog', { store_id: UNKNOWN }, 5, 'store with that ID does not exist'],
      ['GetCatalog', { store_id: productId }, 5, 'store with that ID does not exist'],
    ];
    const results = [];
    for (const [method, req] of cases) results.push({ method, req, ...(await fail(method, req)) });
    expect(results).toEqual(cases.map(([method, req, code, details]) => ({ method, req, code, details })));

    // Wrong types, sent as raw bytes (a JSON client cannot produce them). protobufjs skips a string field that
    // arrives as a varint (so it is validated as blank), but fails on a double that arrives as a string; such
    // bytes are refused by grpc-js before any handler runs, with INTERNAL "Error deserializing request" (see the
    // report: lib/rpc could map that to INVALID_ARGUMENT).
    const rawCall = (method: string, bytes: number[]) => {
      const raw = new grpc.Client(`127.0.0.1:${svc.grpcPort}`, grpc.credentials.createInsecure());
      return new Promise<{ code: number | undefined; details: string | undefined }>((resolve) =>
        raw.makeUnaryRequest(
          `/${SVC}/${method}`,
          (b: Buffer) => b,
          (b: Buffer) => b,
          Buffer.from(bytes),
          new grpc.Metadata(),
          { deadline: Date.now() + 5000 },
          (e) => {
            raw.close();
            resolve({ code: e?.code ?? 0, details: e?.details });
          },
        ),
      );
    };
    // GetProduct.id (field 1, a string) sent as the varint 1
    expect(await rawCall('GetProduct', [0x08, 0x01])).toEqual({ code: 3, details: 'id cannot be blank' });
    // AddProduct.price (field 5, a double) sent as the string "12"
    // does not decode: INVALID_ARGUMENT (lib/rpc turns grpc-js's INTERNAL into the client's mistake it is)
    expect(await rawCall('AddProduct', [0x2a, 0x02, 0x31, 0x32])).toEqual({
      code: 3,
      details: 'malformed request: index out of range: 1 + 4 > 4',
    });

    // Nothing of the above changed state, and the service still serves.
    expect(await call('GetProduct', { id: productId })).toMatchObject({ product: { price: 2, version: 1 } });
    expect(await call('GetStore', { id: storeId })).toMatchObject({ store: { participating: false, version: 1 } });
    await call('IncreaseProductPrice', { id: productId, price: 2.5 });
    expect(await call('GetProduct', { id: productId })).toMatchObject({ product: { price: 2.5, version: 2 } });
  });

  it('fails fast on a malformed SNAPSHOT_EVERY, naming the variable', async () => {
    await expect(startService(storesService, env.env({ SNAPSHOT_EVERY: 'often' }))).rejects.toThrow(
      'SNAPSHOT_EVERY must be an integer, got "often"',
    );
    await expect(startService(storesService, env.env({ SNAPSHOT_EVERY: '-1' }))).rejects.toThrow(
      'SNAPSHOT_EVERY must be >= 0, got -1',
    );
  });

  it('reports ready on /readyz and live on /livez', async () => {
    expect((await fetch(`http://127.0.0.1:${svc.httpPort}/readyz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${svc.httpPort}/livez`)).status).toBe(200);
  });

  // Last: it fills the projection with rows the other tests would see.
  it('caps the list queries at 1000 rows, ordered by name', async () => {
    const storeId = await createStore('Bulk');
    await sql(
      `insert into stores.stores (id, name, location, participating, version)
       select gen_random_uuid(), 'bulk ' || lpad(i::text, 4, '0'), 'L', true, 1 from generate_series(1, 1001) as i`,
    );
    await sql(
      `insert into stores.products (id, store_id, name, description, sku, price, version)
       select gen_random_uuid(), ?, 'item ' || lpad(i::text, 4, '0'), '', '', 1, 1 from generate_series(1, 1001) as i`,
      [storeId],
    );
    const stores = (await call('GetStores', {})).stores as Json[];
    expect(stores).toHaveLength(1000);
    expect(stores.map((s) => s.name)).toEqual([...stores.map((s) => s.name as string)].sort());
    const participating = (await call('GetParticipatingStores', {})).stores as Json[];
    expect(participating).toHaveLength(1000);
    expect(participating.every((s) => s.participating === true)).toBe(true);
    const catalog = (await call('GetCatalog', { store_id: storeId })).products as Json[];
    expect(catalog).toHaveLength(1000);
    expect(catalog[0]?.name).toBe('item 0001');
    expect(catalog.at(-1)?.name).toBe('item 1000');
  });
});
