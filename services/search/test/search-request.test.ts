import { describe, it, expect } from '@jest/globals';
import type { search } from '@mallbots/contracts';
import { InvalidArgument } from '@mallbots/rpc/errors';
import { parseSearchRequest, toProtoOrder } from '../src/grpc/search-request.ts';

const C = 'd0000000-0000-4000-8000-000000000001';
const S = 'a0000000-0000-4000-8000-000000000001';

const filters = (over: Partial<search.Filters__Output> = {}): search.Filters__Output => ({
  customerId: '',
  after: null,
  before: null,
  storeIds: [],
  productIds: [],
  minTotal: 0,
  maxTotal: 0,
  status: 'ORDER_STATUS_UNSPECIFIED',
  ...over,
});
const req = (f: search.Filters__Output | null, over: Partial<search.SearchOrdersRequest__Output> = {}) =>
  ({ filters: f, next: '', limit: 0, ...over }) as search.SearchOrdersRequest__Output;

const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidArgument);
    return (e as Error).message;
  }
  throw new Error('expected InvalidArgument');
};

describe('SearchOrders request', () => {
  it('maps absent and zero fields to "no filter"', () => {
    expect(parseSearchRequest(req(null))).toEqual({
      filters: {
        customerId: undefined,
        after: undefined,
        before: undefined,
        storeIds: [],
        productIds: [],
        minTotal: undefined,
        maxTotal: undefined,
        status: undefined,
      },
      next: '',
      limit: 0,
    });
  });

  it('maps every filter', () => {
    const q = parseSearchRequest(
      req(
        filters({
          customerId: C.toUpperCase(),
          after: { seconds: '1767225600', nanos: 5_000_000 },
          before: { seconds: '1767312000', nanos: 0 },
          storeIds: [S],
          productIds: [],
          minTotal: 1.005,
          maxTotal: 20,
          status: 'ORDER_STATUS_READY',
        }),
        { limit: 5, next: ' abc ' },
      ),
    );
    expect(q.filters).toEqual({
      customerId: C,
      after: new Date('2026-01-01T00:00:00.005Z'),
      before: new Date('2026-01-02T00:00:00Z'),
      storeIds: [S],
      productIds: [],
      minTotal: 1,
      maxTotal: 20,
      status: 'ready',
    });
    expect(q.limit).toBe(5);
    expect(q.next).toBe('abc');
  });

  it('names the field of every bad value', () => {
    expect(message(() => parseSearchRequest(req(filters({ customerId: 'nope' }))))).toBe(
      'filters.customer_id must be a UUID, got "nope"',
    );
    expect(message(() => parseSearchRequest(req(filters({ storeIds: [S, 'x'] }))))).toBe(
      'filters.store_ids[1] must be a UUID, got "x"',
    );
    expect(message(() => parseSearchRequest(req(filters({ productIds: [''] }))))).toBe('filters.product_ids[0] cannot be blank');
    expect(message(() => parseSearchRequest(req(filters({ storeIds: Array.from({ length: 51 }, () => S) }))))).toBe(
      'filters.store_ids must have at most 50 entries',
    );
    expect(message(() => parseSearchRequest(req(filters({ minTotal: -1 }))))).toBe('filters.min_total cannot be negative');
    expect(message(() => parseSearchRequest(req(filters({ maxTotal: Number.NaN }))))).toBe(
      'filters.max_total must be a finite number',
    );
    expect(message(() => parseSearchRequest(req(filters({ maxTotal: 2e9 }))))).toBe(
      'filters.max_total must be at most 1000000000',
    );
    expect(message(() => parseSearchRequest(req(filters({ after: { seconds: '999999999999', nanos: 0 } }))))).toBe(
      'filters.after is out of range',
    );
    expect(message(() => parseSearchRequest(req(filters({ before: { seconds: '0', nanos: -1 } }))))).toBe(
      'filters.before.nanos must be between 0 and 999999999',
    );
    expect(message(() => parseSearchRequest(req(filters({ status: 42 as unknown as 'ORDER_STATUS_READY' }))))).toBe(
      'filters.status is not a known order status',
    );
    expect(message(() => parseSearchRequest(req(null, { limit: 101 })))).toBe('limit must be at most 100');
    expect(message(() => parseSearchRequest(req(null, { limit: -1 })))).toBe('limit cannot be negative');
  });

  it('maps a read-model order to the proto message', () => {
    const at = new Date('2026-01-01T00:00:00.250Z');
    const o = toProtoOrder({
      orderId: 'c0000000-0000-4000-8000-000000000001',
      customerId: C,
      customerName: 'Ada',
      items: [
        {
          productId: 'b0000000-0000-4000-8000-000000000001',
          storeId: S,
          productName: 'P',
          storeName: 'S',
          price: 2,
          quantity: 3,
        },
      ],
      total: 6,
      status: 'cancelled',
      storeIds: [S],
      productIds: ['b0000000-0000-4000-8000-000000000001'],
      createdAt: at,
      updatedAt: at,
      version: 2,
    });
    expect(o.status).toBe('ORDER_STATUS_CANCELLED');
    expect(o.createdAt).toEqual({ seconds: '1767225600', nanos: 250_000_000 });
    expect(o.total).toBe(6);
  });
});
