import { describe, it, expect } from '@jest/globals';
import { AlreadyExists, FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';
import { Order, OrderStatus, orderTotal, type NewOrder, type OrderItem } from '../src/domain/order.ts';

const id = '5f0c4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';
const shoppingId = '7a1d2c3b-0000-4000-8000-000000000001';
const invoiceId = '7a1d2c3b-0000-4000-8000-000000000002';
const item = (over: Partial<OrderItem> = {}): OrderItem => ({
  storeId: 's1',
  productId: 'p1',
  storeName: 'Store',
  productName: 'Product',
  price: 1.1,
  quantity: 3,
  ...over,
});
const input = (over: Partial<NewOrder> = {}): NewOrder => ({ customerId: 'c1', paymentId: 'pay1', items: [item()], ...over });

/** A stored order (no pending events) in the given status, reached through the legal path. */
function orderIn(status: OrderStatus): Order {
  const o = new Order(id);
  o.create(input());
  if (status === OrderStatus.Rejected) o.reject();
  if (status === OrderStatus.Cancelled) o.cancel();
  if (status === OrderStatus.Approved || status === OrderStatus.Ready || status === OrderStatus.Completed) o.approve(shoppingId);
  if (status === OrderStatus.Ready || status === OrderStatus.Completed) o.ready();
  if (status === OrderStatus.Completed) o.complete(invoiceId);
  o.commit();
  expect(o.status).toBe(status);
  return o;
}
const events = (o: Order): string[] => o.pendingEvents.map((e) => e.name);

describe('Order: create', () => {
  it('creates a pending order with its items and the total in cents', () => {
    const o = new Order(id);
    o.create(input({ items: [item(), item({ productId: 'p2', price: 0.2, quantity: 1 })] }));
    expect(o.status).toBe(OrderStatus.Pending);
    expect(o.customerId).toBe('c1');
    expect(o.paymentId).toBe('pay1');
    expect(o.items).toHaveLength(2);
    expect(o.total).toBe(3.5); // 1.1*3 + 0.2 is 3.5000000000000004 in floating point
    expect(events(o)).toEqual(['ordering.OrderCreated']);
  });
  it('accepts a zero price', () => {
    const o = new Order(id);
    o.create(input({ items: [item({ price: 0 })] }));
    expect(o.total).toBe(0);
  });
  it('only once per id: a second create is ALREADY_EXISTS', () => {
    const o = orderIn(OrderStatus.Pending);
    expect(() => o.create(input())).toThrow(AlreadyExists);
    expect(() => o.create(input())).toThrow(`order ${id} already exists`);
  });
  it.each([
    [{ customerId: ' ' }, 'customer_id cannot be blank'],
    [{ paymentId: '' }, 'payment_id cannot be blank'],
    [{ items: [] }, 'an order needs at least one item'],
    [{ items: [item({ storeId: '' })] }, 'items[0].store_id cannot be blank'],
    [{ items: [item({ productId: ' ' })] }, 'items[0].product_id cannot be blank'],
    [{ items: [item({ storeName: '' })] }, 'items[0].store_name cannot be blank'],
    [{ items: [item(), item({ productName: '' })] }, 'items[1].product_name cannot be blank'],
    [{ items: [item({ price: -0.01 })] }, 'items[0].price cannot be negative'],
    [{ items: [item({ price: Number.NaN })] }, 'items[0].price cannot be negative'],
    [{ items: [item({ quantity: 0 })] }, 'items[0].quantity must be at least 1'],
    [{ items: [item({ quantity: 1.5 })] }, 'items[0].quantity must be at least 1'],
  ])('rejects %j', (over, message) => {
    const o = new Order(id);
    expect(() => o.create(input(over))).toThrow(InvalidArgument);
    expect(() => o.create(input(over))).toThrow(message);
    expect(o.status).toBe(OrderStatus.New);
    expect(o.pendingEvents).toEqual([]);
  });
  it('computes totals in integer cents', () => {
    expect(orderTotal([item({ price: 0.1, quantity: 3 })])).toBe(0.3);
    expect(orderTotal([])).toBe(0);
  });
});

describe('Order: transitions', () => {
  it('pending -> approved keeps the shopping id; -> ready; -> completed keeps the invoice id', () => {
    const o = orderIn(OrderStatus.Pending);
    o.approve(shoppingId);
    expect(o.status).toBe(OrderStatus.Approved);
    expect(o.shoppingId).toBe(shoppingId);
    o.ready();
    expect(o.status).toBe(OrderStatus.Ready);
    o.complete(invoiceId);
    expect(o.status).toBe(OrderStatus.Completed);
    expect(o.invoiceId).toBe(invoiceId);
    expect(events(o)).toEqual(['ordering.OrderApproved', 'ordering.OrderReadied', 'ordering.OrderCompleted']);
  });
  it('pending -> rejected', () => {
    const o = orderIn(OrderStatus.Pending);
    o.reject();
    expect(o.status).toBe(OrderStatus.Rejected);
    expect(events(o)).toEqual(['ordering.OrderRejected']);
  });
  it('pending -> cancelled', () => {
    const o = orderIn(OrderStatus.Pending);
    o.cancel();
    expect(o.status).toBe(OrderStatus.Cancelled);
    expect(events(o)).toEqual(['ordering.OrderCanceled']);
  });

  const illegal: [string, (o: Order) => void, readonly OrderStatus[], string][] = [
    ['approve', (o) => o.approve(shoppingId), [OrderStatus.Rejected, OrderStatus.Cancelled], 'approved'],
    ['reject', (o) => o.reject(), [OrderStatus.Approved, OrderStatus.Ready, OrderStatus.Completed], 'rejected'],
    [
      'cancel',
      (o) => o.cancel(),
      [OrderStatus.Rejected, OrderStatus.Approved, OrderStatus.Ready, OrderStatus.Completed, OrderStatus.Cancelled],
      'cancelled',
    ],
    [
      'ready',
      (o) => o.ready(),
      [OrderStatus.Pending, OrderStatus.Rejected, OrderStatus.Ready, OrderStatus.Completed, OrderStatus.Cancelled],
      'made ready',
    ],
    [
      'complete',
      (o) => o.complete(invoiceId),
      [OrderStatus.Pending, OrderStatus.Rejected, OrderStatus.Approved, OrderStatus.Completed, OrderStatus.Cancelled],
      'completed',
    ],
  ];
  for (const [verb, act, from, word] of illegal) {
    for (const status of from) {
      it(`${verb} from ${status} is FAILED_PRECONDITION and changes nothing`, () => {
        const o = orderIn(status);
        expect(() => act(o)).toThrow(FailedPrecondition);
        expect(() => act(o)).toThrow(new RegExp(`order ${id} is ${status}; only \\w+ orders can be ${word}`));
        expect(o.status).toBe(status);
        expect(o.pendingEvents).toEqual([]);
      });
    }
  }
  it('every transition on an order that does not exist is FAILED_PRECONDITION', () => {
    const o = new Order(id);
    expect(() => o.cancel()).toThrow(`order ${id} does not exist`);
    expect(() => o.ready()).toThrow(FailedPrecondition);
    expect(() => o.reject()).toThrow(FailedPrecondition);
    expect(() => o.approve(shoppingId)).toThrow(FailedPrecondition);
    expect(() => o.complete(invoiceId)).toThrow(FailedPrecondition);
  });
  it('approve and complete need their ids', () => {
    expect(() => orderIn(OrderStatus.Pending).approve(' ')).toThrow(new InvalidArgument('shopping_id cannot be blank'));
    expect(() => orderIn(OrderStatus.Ready).complete('')).toThrow('invoice_id cannot be blank');
  });
});

describe('Order: idempotent saga transitions', () => {
  it.each([OrderStatus.Approved, OrderStatus.Ready, OrderStatus.Completed])(
    'approving again with the same shopping id when %s is a no-op',
    (status) => {
      const o = orderIn(status);
      o.approve(shoppingId);
      expect(o.status).toBe(status);
      expect(o.pendingEvents).toEqual([]);
    },
  );
  it('approving again with another shopping id is FAILED_PRECONDITION', () => {
    const o = orderIn(OrderStatus.Approved);
    expect(() => o.approve('other')).toThrow(`order ${id} is already approved with shopping list ${shoppingId}`);
    expect(o.shoppingId).toBe(shoppingId);
  });
  it.each([OrderStatus.Rejected, OrderStatus.Cancelled])('rejecting a %s order is a no-op', (status) => {
    const o = orderIn(status);
    o.reject();
    expect(o.status).toBe(status);
    expect(o.pendingEvents).toEqual([]);
  });
});

describe('Order: snapshots', () => {
  it('round-trips its state', () => {
    const o = orderIn(OrderStatus.Completed);
    const copy = new Order(id);
    copy.restore(o.toSnapshot(), o.version);
    expect(copy.toSnapshot()).toEqual(o.toSnapshot());
    expect(copy.version).toBe(4);
    expect(copy.total).toBe(3.3);
  });
});
