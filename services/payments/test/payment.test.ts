import { describe, it, expect } from '@jest/globals';
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';
import { Payment, toCents } from '../src/domain/payment.ts';

const id = '5f0c4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';
const customerId = '0e6e2b3a-8a51-4f7e-9a51-2b7f1c1d0a01';
const now = new Date('2025-01-02T03:04:05Z');
const later = new Date('2025-01-02T03:05:00Z');
const orderA = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const orderB = '8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e';

describe('Payment', () => {
  it('authorizes a positive amount for a customer, unconfirmed, rounded to cents', () => {
    const p = Payment.authorize(id, customerId, 12.345);
    expect(p.state()).toEqual({ id, customerId, amount: 12.35, orderId: null, confirmedAt: null, canceledAt: null });
    expect(p.confirmed).toBe(false);
    expect(p.status).toBe('authorized');
  });

  it('requires a customer and an amount greater than zero', () => {
    expect(() => Payment.authorize(id, ' ', 10)).toThrow('the customer id cannot be blank');
    expect(() => Payment.authorize(id, customerId, 0)).toThrow('amount must be greater than zero');
    expect(() => Payment.authorize(id, customerId, -5)).toThrow(InvalidArgument);
    expect(() => Payment.authorize(id, customerId, 0.004)).toThrow(InvalidArgument); // rounds to 0 cents
    expect(() => Payment.authorize(id, customerId, Number.NaN)).toThrow(InvalidArgument);
  });

  it('confirms only the authorized amount, compared in cents', () => {
    const p = Payment.authorize(id, customerId, 0.3);
    expect(() => p.confirm(0.31, orderA, now)).toThrow(FailedPrecondition);
    expect(() => p.confirm(0.29, orderA, now)).toThrow('payment amount does not match');
    expect(() => p.confirm(Number.POSITIVE_INFINITY, orderA, now)).toThrow('payment amount does not match');
    expect(p.confirmed).toBe(false);
    // 0.1 + 0.2 is 0.30000000000000004: still 30 cents.
    expect(p.confirm(0.1 + 0.2, orderA, now)).toBe(true);
    expect(p.state()).toMatchObject({ confirmedAt: now, orderId: orderA, canceledAt: null });
    expect(p.status).toBe('confirmed');
  });

  it('confirming again for the same order succeeds without a second effect; a different amount still fails', () => {
    const p = Payment.authorize(id, customerId, 25);
    expect(p.confirm(25, orderA, now)).toBe(true);
    expect(p.confirm(25, orderA, later)).toBe(false);
    expect(p.confirm(25, null, later)).toBe(false); // over the API, without an order
    expect(p.state().confirmedAt).toEqual(now);
    expect(() => p.confirm(26, orderA, now)).toThrow('payment amount does not match');
  });

  it('never pays for two orders: confirming for another order fails', () => {
    const p = Payment.authorize(id, customerId, 25);
    p.confirm(25, orderA, now);
    expect(() => p.confirm(25, orderB, later)).toThrow(new FailedPrecondition('payment is confirmed for another order'));
    expect(p.state()).toMatchObject({ orderId: orderA, confirmedAt: now });
  });

  it('binds a payment confirmed without an order to the first order that confirms it', () => {
    const p = Payment.authorize(id, customerId, 25);
    expect(p.confirm(25, null, now)).toBe(true);
    expect(p.state().orderId).toBeNull();
    expect(p.confirm(25, orderA, later)).toBe(true);
    expect(p.state()).toMatchObject({ orderId: orderA, confirmedAt: now });
    expect(() => p.confirm(25, orderB, later)).toThrow('payment is confirmed for another order');
  });

  it('refunds a payment confirmed for the compensating order, once', () => {
    const p = Payment.authorize(id, customerId, 25);
    p.confirm(25, orderA, now);
    expect(p.cancel(orderA, later)).toBe(true);
    expect(p.status).toBe('refunded');
    expect(p.confirmed).toBe(false);
    expect(p.state()).toMatchObject({ orderId: orderA, confirmedAt: now, canceledAt: later });
    expect(p.cancel(orderA, new Date(later.getTime() + 1000))).toBe(false);
    expect(p.state().canceledAt).toEqual(later);
    // A confirmation that arrives afterwards (a re-sent command) cannot take the money again.
    expect(() => p.confirm(25, orderA, later)).toThrow(new FailedPrecondition('payment was refunded'));
  });

  it('voids a payment not confirmed yet, so that a late confirmation fails', () => {
    const p = Payment.authorize(id, customerId, 25);
    expect(p.cancel(orderA, now)).toBe(true);
    expect(p.status).toBe('voided');
    expect(p.state()).toMatchObject({ orderId: orderA, confirmedAt: null, canceledAt: now });
    expect(() => p.confirm(25, orderA, later)).toThrow(new FailedPrecondition('payment was voided'));
    expect(() => p.confirm(25, null, later)).toThrow('payment was voided');
    expect(p.cancel(orderB, later)).toBe(false);
    expect(p.state()).toMatchObject({ orderId: orderA, canceledAt: now });
  });

  it('leaves alone a payment confirmed for another order, or over the API without one', () => {
    const p = Payment.authorize(id, customerId, 25);
    p.confirm(25, orderA, now);
    expect(p.cancel(orderB, later)).toBe(false);
    expect(p.status).toBe('confirmed');
    const q = Payment.authorize(id, customerId, 25);
    q.confirm(25, null, now);
    expect(q.cancel(orderB, later)).toBe(false);
    expect(q.status).toBe('confirmed');
  });

  it('restores each status from its row', () => {
    const base = { id, customerId, amount: 9.99 };
    const p = Payment.restore({ ...base, orderId: orderA, confirmedAt: now, canceledAt: null });
    expect(p.confirmed).toBe(true);
    expect(p.confirm(9.99, orderA, new Date())).toBe(false);
    expect(Payment.restore({ ...base, orderId: null, confirmedAt: null, canceledAt: null }).status).toBe('authorized');
    expect(Payment.restore({ ...base, orderId: orderA, confirmedAt: now, canceledAt: later }).status).toBe('refunded');
    expect(Payment.restore({ ...base, orderId: orderA, confirmedAt: null, canceledAt: later }).status).toBe('voided');
  });

  it('converts amounts to whole cents', () => {
    expect(toCents(19.99)).toBe(1999);
    expect(toCents(1.005)).toBe(100); // 1.005 is 1.00499999... in binary
    expect(toCents(0.1 + 0.2)).toBe(30);
  });
});
