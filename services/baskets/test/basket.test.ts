import { describe, it, expect } from '@jest/globals';
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';
import { Basket, MAX_LINES, MAX_QUANTITY, type BasketEvent, type CatalogueProduct } from '../src/domain/basket.ts';

const id = '5f0c4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';
const customerId = '0e6e2b3a-8a51-4f7e-9a51-2b7f1c1d0a01';
const paymentId = '7d1f9b7e-1c3a-4b55-8d44-6e0f3b8a9c02';

const product = (n: number, price = 2.5): CatalogueProduct => ({
  storeId: 'a1a1a1a1-0000-4000-8000-000000000001',
  productId: `b0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  storeName: 'Corner Shop',
  productName: `Product ${n}`,
  price,
});

const names = (b: Basket): string[] => b.pendingEvents.map((e) => e.name);

function open(): Basket {
  return Basket.start(id, customerId);
}

describe('Basket', () => {
  it('starts open for a customer and records BasketStarted', () => {
    const b = open();
    expect(b.status).toBe('open');
    expect(b.customerId).toBe(customerId);
    expect(b.items).toEqual([]);
    expect(b.pendingEvents).toEqual([{ name: 'baskets.BasketStarted', customerId }]);
  });

  it('requires a customer id', () => {
    expect(() => Basket.start(id, ' ')).toThrow(InvalidArgument);
    expect(() => Basket.start(id, '')).toThrow('the customer id cannot be blank');
  });

  it('adds an item with the looked-up names and price, rounded to cents', () => {
    const b = open();
    b.addItem(product(1, 3.456), 3);
    expect(b.items).toEqual([{ ...product(1), price: 3.46, quantity: 3 }]);
  });

  it('sums the quantities of a repeated add and keeps the first price and names', () => {
    const b = open();
    b.addItem(product(1, 2.5), 2);
    b.addItem({ ...product(1, 9.99), productName: 'Renamed' }, 3);
    expect(b.items).toEqual([{ ...product(1, 2.5), quantity: 5 }]);
  });

  it('rejects a quantity that is not an integer from 1 to 1000', () => {
    const b = open();
    expect(() => b.addItem(product(1), 0)).toThrow('quantity must be at least 1');
    expect(() => b.addItem(product(1), -2)).toThrow(InvalidArgument);
    expect(() => b.addItem(product(1), 1.5)).toThrow('quantity must be an integer');
    expect(() => b.addItem(product(1), MAX_QUANTITY + 1)).toThrow(`quantity must be at most ${MAX_QUANTITY}`);
    expect(() => b.removeItem(product(1).productId, 0)).toThrow('quantity must be at least 1');
    expect(names(b)).toEqual(['baskets.BasketStarted']);
  });

  it('bounds a line to 1000 units and a basket to 100 products', () => {
    const b = open();
    b.addItem(product(1), MAX_QUANTITY);
    expect(() => b.addItem(product(1), 1)).toThrow(FailedPrecondition);
    for (let n = 2; n <= MAX_LINES; n++) b.addItem(product(n), 1);
    expect(() => b.addItem(product(MAX_LINES + 1), 1)).toThrow(`a basket holds at most ${MAX_LINES} different products`);
    b.addItem(product(2), 1); // an existing line still grows
    expect(b.items).toHaveLength(MAX_LINES);
  });

  it('rejects a negative price or a blank product name from the lookup', () => {
    const b = open();
    expect(() => b.addItem(product(1, -1), 1)).toThrow(InvalidArgument);
    expect(() => b.addItem({ ...product(1), productName: ' ' }, 1)).toThrow('the product name cannot be blank');
  });

  it('removes by quantity and deletes the line when it drops to zero or below', () => {
    const b = open();
    b.addItem(product(1), 5);
    // The original deleted the line whenever `current - quantity <= 1`: removing 1 of 2 removed both.
    b.removeItem(product(1).productId, 3);
    expect(b.items[0]?.quantity).toBe(2);
    b.removeItem(product(1).productId, 1);
    expect(b.items[0]?.quantity).toBe(1);
    b.removeItem(product(1).productId, 1);
    expect(b.items).toEqual([]);
    b.addItem(product(2), 2);
    b.removeItem(product(2).productId, 10);
    expect(b.items).toEqual([]);
  });

  it('treats removing a product that is not in the basket as a no-op', () => {
    const b = open();
    expect(b.removeItem(product(9).productId, 1)).toBe(false);
    expect(names(b)).toEqual(['baskets.BasketStarted']);
  });

  it('orders the lines by product id', () => {
    const b = open();
    b.addItem(product(3), 1);
    b.addItem(product(1), 1);
    b.addItem(product(2), 1);
    expect(b.items.map((i) => i.productName)).toEqual(['Product 1', 'Product 2', 'Product 3']);
  });

  it('cancels an open basket only, clearing its items', () => {
    const b = open();
    b.addItem(product(1), 1);
    b.cancel();
    expect(b.status).toBe('canceled');
    expect(b.items).toEqual([]);
    expect(() => b.cancel()).toThrow('cannot cancel the basket: the basket is canceled');
    expect(() => b.addItem(product(1), 1)).toThrow('cannot add items: the basket is canceled');
    expect(() => b.removeItem(product(1).productId, 1)).toThrow(FailedPrecondition);
    expect(() => b.checkout(paymentId)).toThrow('cannot check out the basket: the basket is canceled');
  });

  it('checks out an open basket with at least one item and a payment id', () => {
    const b = open();
    expect(() => b.checkout(paymentId)).toThrow('cannot check out an empty basket');
    b.addItem(product(1), 2);
    expect(() => b.checkout(' ')).toThrow('the payment id cannot be blank');
    b.checkout(paymentId);
    expect(b.status).toBe('checked_out');
    expect(b.paymentId).toBe(paymentId);
    expect(b.items).toHaveLength(1);
    expect(() => b.checkout(paymentId)).toThrow('cannot check out the basket: the basket is checked out');
    expect(() => b.addItem(product(2), 1)).toThrow('cannot add items: the basket is checked out');
    expect(() => b.cancel()).toThrow(FailedPrecondition);
    expect(names(b)).toEqual(['baskets.BasketStarted', 'baskets.BasketItemAdded', 'baskets.BasketCheckedOut']);
  });

  it('rebuilds the same state from its events and from a snapshot', () => {
    const b = open();
    b.addItem(product(1), 4);
    b.addItem(product(2), 1);
    b.removeItem(product(1).productId, 1);
    b.checkout(paymentId);
    const events = [...b.pendingEvents] as BasketEvent[];

    const replayed = new Basket(id);
    replayed.replay(events, 0);
    expect(replayed.toSnapshot()).toEqual(b.toSnapshot());
    expect(replayed.version).toBe(events.length);

    const restored = new Basket(id);
    restored.restore(JSON.parse(JSON.stringify(b.toSnapshot())), 5);
    expect(restored.toSnapshot()).toEqual(b.toSnapshot());
    expect(restored.items).toEqual([
      { ...product(1), quantity: 3 },
      { ...product(2), quantity: 1 },
    ]);
  });
});
