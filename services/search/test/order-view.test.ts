import { describe, it, expect } from '@jest/globals';
import { InvalidArgument } from '@mallbots/rpc/errors';
import { isOrderStatus, newOrderView, orderTotal, supersedes } from '../src/domain/order-view.ts';

const line = (over: Partial<{ productId: string; storeId: string; price: number; quantity: number }> = {}) => ({
  productId: 'b0000000-0000-4000-8000-000000000001',
  storeId: 'a0000000-0000-4000-8000-000000000001',
  productName: 'Widget',
  storeName: 'Shop',
  price: 1.1,
  quantity: 3,
  ...over,
});

describe('order view', () => {
  it('totals lines in cents, without floating-point drift', () => {
    expect(0.1 * 3).not.toBe(0.3);
    expect(orderTotal([{ price: 0.1, quantity: 3 }])).toBe(0.3);
    expect(orderTotal([line(), line({ price: 2.25, quantity: 2 })])).toBe(7.8);
    expect(orderTotal([])).toBe(0);
  });

  it('starts pending at the event version, with distinct sorted store and product ids', () => {
    const createdAt = new Date('2026-01-02T03:04:05.678Z');
    const v = newOrderView({
      orderId: 'c0000000-0000-4000-8000-000000000001',
      customerId: 'd0000000-0000-4000-8000-000000000001',
      customerName: 'Ada',
      items: [
        line({ storeId: 'a0000000-0000-4000-8000-000000000002', productId: 'b0000000-0000-4000-8000-000000000009' }),
        line(),
        line({ productId: 'b0000000-0000-4000-8000-000000000002' }),
      ],
      version: 1,
      createdAt,
    });
    expect(v.status).toBe('pending');
    expect(v.version).toBe(1);
    expect(v.total).toBe(9.9);
    expect(v.storeIds).toEqual(['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002']);
    expect(v.productIds).toEqual([
      'b0000000-0000-4000-8000-000000000001',
      'b0000000-0000-4000-8000-000000000002',
      'b0000000-0000-4000-8000-000000000009',
    ]);
    expect(v.createdAt).toBe(createdAt);
    expect(v.updatedAt).toBe(createdAt);
  });

  it('refuses an order without lines or without a valid version', () => {
    const base = { orderId: 'x', customerId: 'y', customerName: '', createdAt: new Date() };
    expect(() => newOrderView({ ...base, items: [], version: 1 })).toThrow(InvalidArgument);
    expect(() => newOrderView({ ...base, items: [line()], version: 0 })).toThrow('version must be at least 1');
  });

  it('lets only a strictly newer version change the state', () => {
    expect(supersedes(3, 2)).toBe(true);
    expect(supersedes(2, 2)).toBe(false);
    expect(supersedes(1, 4)).toBe(false);
  });

  it('knows the statuses of the proto enum', () => {
    for (const s of ['pending', 'rejected', 'approved', 'ready', 'completed', 'cancelled']) expect(isOrderStatus(s)).toBe(true);
    expect(isOrderStatus('New')).toBe(false);
  });
});
