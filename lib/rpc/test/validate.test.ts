import { describe, it, expect } from '@jest/globals';
import { validate, InvalidArgument } from '@mallbots/rpc';

const fails = (fn: () => unknown, text: string): void => {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(InvalidArgument);
  expect((err as Error).message).toContain(text);
};

describe('validate', () => {
  it('text: trims, rejects blank, oversized and non-strings, naming the field', () => {
    expect(validate.requiredText('  Bob ', 'name')).toBe('Bob');
    fails(() => validate.requiredText('   ', 'name'), 'name cannot be blank');
    fails(() => validate.requiredText('x'.repeat(201), 'name'), 'name must be at most 200 characters');
    fails(() => validate.requiredText(42, 'name'), 'name must be a string');
  });
  it('ids must be UUIDs', () => {
    expect(validate.requiredId('0E0B2C1A-1234-4abc-8def-0123456789ab', 'id')).toBe('0e0b2c1a-1234-4abc-8def-0123456789ab');
    fails(() => validate.requiredId('', 'id'), 'id cannot be blank');
    fails(() => validate.requiredId('nope', 'store_id'), 'store_id must be a UUID');
  });
  it('money: finite, non-negative, bounded, rounded to cents', () => {
    expect(validate.money(10.005, 'price')).toBe(10.01);
    fails(() => validate.money(-1, 'price'), 'price cannot be negative');
    fails(() => validate.money(Number.NaN, 'price'), 'price must be a finite number');
    fails(() => validate.money(0, 'amount', { allowZero: false }), 'amount must be greater than zero');
    fails(() => validate.money(1e12, 'price'), 'price must be at most');
  });
  it('integers', () => {
    expect(validate.integer(3, 'quantity', { min: 1 })).toBe(3);
    fails(() => validate.integer(-1, 'quantity', { min: 0 }), 'quantity cannot be negative');
    fails(() => validate.integer(1.5, 'quantity'), 'quantity must be an integer');
  });
  it('sms numbers', () => {
    expect(validate.smsNumber('+1 (555) 010-9999', 'sms_number')).toBe('+15550109999');
    fails(() => validate.smsNumber('call me', 'sms_number'), 'sms_number must be a phone number');
  });
});
