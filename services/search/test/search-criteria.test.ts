import { describe, it, expect } from '@jest/globals';
import { InvalidArgument } from '@mallbots/rpc/errors';
import {
  checkFilters,
  decodePageToken,
  encodePageToken,
  filtersFingerprint,
  pageLimit,
  type SearchFilters,
} from '../src/domain/search-criteria.ts';

const S1 = 'a0000000-0000-4000-8000-000000000001';
const S2 = 'a0000000-0000-4000-8000-000000000002';
const ORDER = 'c0000000-0000-4000-8000-0000000000ff';
const none: SearchFilters = { storeIds: [], productIds: [] };

const invalid = (fn: () => unknown): { message: string; field: string | undefined } => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidArgument);
    return { message: (e as InvalidArgument).message, field: (e as InvalidArgument).field };
  }
  throw new Error('expected InvalidArgument');
};

describe('search filters', () => {
  it('accepts no filter at all, and an empty time range (after == before)', () => {
    expect(checkFilters(none)).toEqual(none);
    const t = new Date('2026-01-01T00:00:00Z');
    expect(checkFilters({ ...none, after: t, before: new Date(t) }).after).toBe(t);
  });

  it('refuses an inverted time range or total range, naming the field', () => {
    expect(
      invalid(() => checkFilters({ ...none, after: new Date('2026-01-02T00:00:00Z'), before: new Date('2026-01-01T00:00:00Z') })),
    ).toEqual({ message: 'filters.after must not be later than filters.before', field: 'filters.after' });
    expect(invalid(() => checkFilters({ ...none, minTotal: 10, maxTotal: 9.99 }))).toEqual({
      message: 'filters.min_total must not be greater than filters.max_total',
      field: 'filters.min_total',
    });
    expect(checkFilters({ ...none, minTotal: 10, maxTotal: 10 }).minTotal).toBe(10);
    expect(checkFilters({ ...none, minTotal: 10 }).maxTotal).toBeUndefined();
  });

  it('bounds id lists at 50 and normalises them (distinct, sorted)', () => {
    const many = Array.from({ length: 51 }, (_, i) => `a0000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(invalid(() => checkFilters({ ...none, storeIds: many })).message).toBe(
      'filters.store_ids must have at most 50 entries',
    );
    expect(invalid(() => checkFilters({ ...none, productIds: many })).field).toBe('filters.product_ids');
    expect(checkFilters({ ...none, storeIds: [S2, S1, S2] }).storeIds).toEqual([S1, S2]);
  });
});

describe('page limit', () => {
  it('defaults 0 to 20 and accepts 1..100', () => {
    expect(pageLimit(0)).toBe(20);
    expect(pageLimit(1)).toBe(1);
    expect(pageLimit(100)).toBe(100);
  });
  it('refuses negative, too large and fractional limits', () => {
    expect(invalid(() => pageLimit(-1)).message).toBe('limit cannot be negative');
    expect(invalid(() => pageLimit(101)).message).toBe('limit must be at most 100');
    expect(invalid(() => pageLimit(2.5)).message).toBe('limit must be an integer');
  });
});

describe('page token', () => {
  const cursor = { createdAtMicros: '1767225600123456', orderId: ORDER };
  const filters: SearchFilters = { ...none, storeIds: [S1], minTotal: 5 };

  it('round-trips the cursor exactly, as an opaque base64url string', () => {
    const token = encodePageToken(cursor, filters);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePageToken(token, filters)).toEqual(cursor);
  });

  it('is bound to the filters it was issued for (order of ids does not matter)', () => {
    const token = encodePageToken(cursor, { ...none, storeIds: [S1, S2] });
    expect(decodePageToken(token, { ...none, storeIds: [S2, S1] })).toEqual(cursor);
    expect(invalid(() => decodePageToken(token, { ...none, storeIds: [S1] }))).toEqual({
      message: 'next was issued for other filters; repeat the search from the first page',
      field: 'next',
    });
    expect(filtersFingerprint(none)).not.toBe(filtersFingerprint({ ...none, status: 'ready' }));
  });

  it('refuses anything malformed with INVALID_ARGUMENT naming next', () => {
    const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const f = filtersFingerprint(filters);
    const bad = [
      'not a token!',
      'x'.repeat(600),
      Buffer.from('{not json').toString('base64url'),
      enc([1, 2]),
      enc(null),
      enc({ v: 2, t: cursor.createdAtMicros, id: ORDER, f }),
      enc({ v: 1, t: 12, id: ORDER, f }),
      enc({ v: 1, t: '12.5', id: ORDER, f }),
      enc({ v: 1, t: cursor.createdAtMicros, id: 'not-a-uuid', f }),
      enc({ v: 1, t: cursor.createdAtMicros, id: ORDER.toUpperCase(), f }),
    ];
    for (const token of bad) {
      expect(invalid(() => decodePageToken(token, filters))).toEqual({
        message: 'next is not a valid page token',
        field: 'next',
      });
    }
  });
});
