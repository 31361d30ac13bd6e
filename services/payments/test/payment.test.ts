import { describe, it, expect } from '@jest/globals';
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';
import { Payment, toCents } from '../src/domain/payment.ts';

const id = '5f0c4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';
const customerId = '0e6e2b3a-8a51-4f7e-9a51-2b7f1c1d0a01';
const now = new Date('2025-01-02T03:04:05Z');

describe('Payment', () => {
  it('authorizes a positive amount for a customer, unconfirmed, rounded to cents', () => {
    const p = Payment.authorize(id, customerId, 12.345);
    expect(p.state()).toEqual({ id, customerId, amount: 12.35, confirmedAt: null });
    expect(p.confirmed).toBe(false);
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
    expect(() => p.confirm(0.31, now)).toThrow(FailedPrecondition);
    expect(() => p.confirm(0.29, now)).toThrow('payment amount does not match');
    expect(() => p.confirm(Number.POSITIVE_INFINITY, now)).toThrow('payment amount does not match');
    expect(p.confirmed).toBe(false);
    // 0.1 + 0.2 is 0.30000000000000004: still 30 cents.
    expect(p.confirm(0.1 + 0.2, now)).toBe(true);
    expect(p.state().confirmedAt).toEqual(now);
  });

  it('confirming again with the same amount succeeds without a second effect; a different amount still fails', () => {
    const p = Payment.authorize(id, customerId, 25);
    expect(p.confirm(25, now)).toBe(true);
    expect(p.confirm(25, new Date(now.getTime() + 1000))).toBe(false);
    expect(p.state().confirmedAt).toEqual(now);
    expect(() => p.confirm(26, now)).toThrow('payment amount does not match');
  });

  it('restores a confirmed payment', () => {
    const p = Payment.restore({ id, customerId, amount: 9.99, confirmedAt: now });
    expect(p.confirmed).toBe(true);
    expect(p.confirm(9.99, new Date())).toBe(false);
  });

  it('converts amounts to whole cents', () => {
    expect(toCents(19.99)).toBe(1999);
    expect(toCents(1.005)).toBe(100); // 1.005 is 1.00499999... in binary
    expect(toCents(0.1 + 0.2)).toBe(30);
  });
});
