import { describe, it, expect } from '@jest/globals';
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';
import { Product, type ProductEvent, type ProductSnapshot } from '../src/domain/product.ts';
import { Store } from '../src/domain/store.ts';

const storeId = '5f0c4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';
const id = '6a1d5b9f-2e3c-4d4e-8f90-1b2c3d4e5f60';
const store = Store.create(storeId, 'Books', 'L2');
const added: ProductEvent = {
  name: 'stores.ProductAdded',
  storeId,
  productName: 'Atlas',
  description: 'maps',
  sku: 'A-1',
  price: 10,
};

/** What the event store does on load: replay the stored events into a fresh aggregate. */
function replayed(...events: ProductEvent[]): Product {
  const p = new Product(id);
  p.replay([added, ...events], 0);
  return p;
}

describe('Product', () => {
  it('is added to a store with trimmed fields, recording ProductAdded', () => {
    const p = Product.add(id, store, { name: ' Atlas ', description: ' maps ', sku: ' A-1 ', price: 10 });
    expect(p.streamName).toBe('stores.Product');
    expect(p.toSnapshot()).toEqual({ storeId, name: 'Atlas', description: 'maps', sku: 'A-1', price: 10, removed: false });
    expect(p.pendingEvents).toEqual([added]);
  });

  it('allows a blank description and SKU and a zero price, rounds the price to cents', () => {
    const p = Product.add(id, store, { name: 'Free map', description: '', sku: '', price: 0.004 });
    expect(p.price).toBe(0);
    expect(Product.add(id, store, { name: 'x', description: '', sku: '', price: 1.005 + 1e-9 }).price).toBe(1.01);
  });

  it('requires a non-blank name and a finite, non-negative price', () => {
    const ok = { name: 'Atlas', description: '', sku: '', price: 1 };
    expect(() => Product.add(id, store, { ...ok, name: '  ' })).toThrow(new InvalidArgument('the product name cannot be blank'));
    expect(() => Product.add(id, store, { ...ok, price: -0.01 })).toThrow(InvalidArgument);
    expect(() => Product.add(id, store, { ...ok, price: -0.01 })).toThrow('the product price cannot be negative');
    expect(() => Product.add(id, store, { ...ok, price: Number.NaN })).toThrow('the product price must be a finite number');
    expect(() => Product.add(id, store, { ...ok, price: Infinity })).toThrow('the product price must be a finite number');
  });

  it('rebrands with a non-blank name; an unchanged name and description record nothing', () => {
    const p = replayed();
    expect(() => p.rebrand('', 'x')).toThrow(new InvalidArgument('the product name cannot be blank'));
    p.rebrand(' Atlas ', 'maps ');
    expect(p.pendingEvents).toEqual([]);
    p.rebrand('Atlas', 'maps of the world');
    p.rebrand('World Atlas', '');
    expect(p.pendingEvents).toEqual([
      { name: 'stores.ProductRebranded', productName: 'Atlas', description: 'maps of the world' },
      { name: 'stores.ProductRebranded', productName: 'World Atlas', description: '' },
    ]);
    expect([p.name, p.description]).toEqual(['World Atlas', '']);
  });

  it('increases the price only upwards, recording the delta and the new price', () => {
    const p = replayed();
    expect(() => p.increasePrice(9.99)).toThrow(FailedPrecondition);
    expect(() => p.increasePrice(9.99)).toThrow('the new price 9.99 must be higher than the current price 10');
    expect(() => p.increasePrice(10)).toThrow('the new price 10 must be higher than the current price 10');
    expect(() => p.increasePrice(-1)).toThrow(InvalidArgument);
    p.increasePrice(10.3);
    expect(p.price).toBe(10.3);
    expect(p.pendingEvents).toEqual([{ name: 'stores.ProductPriceIncreased', delta: 0.3, price: 10.3 }]);
  });

  it('decreases the price only downwards, recording a negative delta and the new price', () => {
    const p = replayed();
    expect(() => p.decreasePrice(10.01)).toThrow(FailedPrecondition);
    expect(() => p.decreasePrice(10)).toThrow('the new price 10 must be lower than the current price 10');
    expect(() => p.decreasePrice(Number.NEGATIVE_INFINITY)).toThrow('the product price must be a finite number');
    p.decreasePrice(9.9);
    p.decreasePrice(0);
    expect(p.price).toBe(0);
    expect(p.pendingEvents).toEqual([
      { name: 'stores.ProductPriceDecreased', delta: -0.1, price: 9.9 },
      { name: 'stores.ProductPriceDecreased', delta: -9.9, price: 0 },
    ]);
    expect(() => p.decreasePrice(0)).toThrow(FailedPrecondition);
  });

  it('replays many price changes to the last absolute price without float drift', () => {
    const events: ProductEvent[] = [];
    let price = 10;
    for (let i = 0; i < 50; i++) {
      price = Math.round((price + 0.1) * 100) / 100;
      events.push({ name: 'stores.ProductPriceIncreased', delta: 0.1, price });
    }
    const p = replayed(...events);
    expect(p.price).toBe(15);
    expect(p.version).toBe(51);
  });

  it('is removed once; a removed product cannot change', () => {
    const p = replayed();
    p.remove();
    expect(p.removed).toBe(true);
    expect(p.pendingEvents).toEqual([{ name: 'stores.ProductRemoved' }]);
    const gone = replayed({ name: 'stores.ProductRemoved' });
    for (const change of [
      () => gone.remove(),
      () => gone.rebrand('x', ''),
      () => gone.increasePrice(20),
      () => gone.decreasePrice(1),
    ]) {
      expect(change).toThrow(FailedPrecondition);
      expect(change).toThrow('the product has been removed');
    }
    expect(gone.pendingEvents).toEqual([]);
  });

  it('restores from its snapshot to the same state and behaviour', () => {
    const original = replayed({ name: 'stores.ProductPriceIncreased', delta: 5, price: 15 });
    const snap = JSON.parse(JSON.stringify(original.toSnapshot())) as ProductSnapshot;
    const restored = new Product(id);
    restored.restore(snap, 2);
    expect(restored.version).toBe(2);
    expect(restored.toSnapshot()).toEqual(original.toSnapshot());
    expect(() => restored.increasePrice(15)).toThrow('the new price 15 must be higher than the current price 15');
    restored.decreasePrice(12.5);
    expect(restored.pendingEvents).toEqual([{ name: 'stores.ProductPriceDecreased', delta: -2.5, price: 12.5 }]);

    const removed = new Product(id);
    removed.restore({ ...snap, removed: true }, 3);
    expect(() => removed.rebrand('y', '')).toThrow('the product has been removed');
  });
});
