/**
 * Choreography of the catalogue: an event published by stores reaches exactly the consumer groups bound to its
 * name — baskets, depot and search for the catalogue, baskets alone for price changes — and each keeps its cache.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { Cluster, waitFor } from '../support/cluster.ts';
import { Mall } from '../support/mall.ts';

const exec = promisify(execFile);

describe('catalogue events reach exactly the queues bound to them', () => {
  let cluster: Cluster;
  let mall: Mall;
  let db: pg.Client;

  beforeAll(async () => {
    cluster = await Cluster.start({ label: 'catalogue', services: ['stores', 'customers', 'baskets', 'depot', 'search'] });
    mall = new Mall(cluster);
    db = new pg.Client({ connectionString: cluster.db.url });
    await db.connect();
  }, 120_000);
  afterAll(async () => {
    await db?.end();
    await cluster?.stop();
  }, 60_000);

  it('binds each group to exactly the names it handles', async () => {
    const { stdout } = await exec('rabbitmqctl', [
      '-q',
      'list_bindings',
      '--no-table-headers',
      'source_name',
      'destination_name',
      'routing_key',
    ]);
    const ns = cluster.namespace;
    const bindings = stdout
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f.length === 3 && f[0] === `${ns}events`)
      .map(([, queue, key]) => ({ queue: queue!.slice(ns.length), key: key! }));
    const keysOf = (queue: string) =>
      bindings
        .filter((b) => b.queue === queue)
        .map((b) => b.key.replace('mallbots.stores.v1.', ''))
        .filter((k) => !k.startsWith('mallbots.'))
        .sort();
    expect(keysOf('baskets.stores-events')).toEqual([
      'ProductAdded',
      'ProductPriceDecreased',
      'ProductPriceIncreased',
      'ProductRebranded',
      'ProductRemoved',
      'StoreCreated',
      'StoreRebranded',
    ]);
    for (const q of ['depot.stores-events', 'search.stores-events']) {
      expect(keysOf(q)).toEqual(['ProductAdded', 'ProductRebranded', 'ProductRemoved', 'StoreCreated', 'StoreRebranded']);
    }
  });

  it('fills the caches of baskets, depot and search, and only baskets follows prices', async () => {
    const { storeId, productId } = await mall.createStoreWithProduct(2);
    await mall.call('stores', 'IncreaseProductPrice', { id: productId, price: 3.25 });
    await mall.call('stores', 'RebrandProduct', { id: productId, name: 'Green Apples', description: 'Crisp' });
    const row = (sql: string) => db.query(sql, [productId]).then((r) => r.rows[0] as Record<string, unknown> | undefined);
    await waitFor('baskets to cache the new price and name', async () => {
      const r = await row('select name, price from baskets.products_cache where id = $1');
      return r && r['name'] === 'Green Apples' && Number(r['price']) === 3.25 ? r : undefined;
    });
    for (const schema of ['depot', 'search']) {
      await waitFor(`${schema} to cache the product`, async () => {
        const r = await row(`select name, store_id from ${schema}.products_cache where id = $1`);
        return r && r['name'] === 'Green Apples' && r['store_id'] === storeId ? r : undefined;
      });
    }
  });
});
