/**
 * Proto <-> application mapping of the search API: validates every field of a request (INVALID_ARGUMENT naming
 * the field, nested fields as `filters.<name>`) and turns read-model orders into proto messages. Pure: no I/O.
 */
import { toTimestamp, type protobuf, type search } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { InvalidArgument } from '@mallbots/rpc/errors';
import { OrderStatus, type OrderView } from '../domain/order-view.ts';
import { MAX_FILTER_IDS, MAX_LIMIT, type SearchFilters } from '../domain/search-criteria.ts';
import type { SearchQuery } from '../application/search-orders.ts';

const STATUS_TO_PROTO = {
  [OrderStatus.Pending]: 'ORDER_STATUS_PENDING',
  [OrderStatus.Rejected]: 'ORDER_STATUS_REJECTED',
  [OrderStatus.Approved]: 'ORDER_STATUS_APPROVED',
  [OrderStatus.Ready]: 'ORDER_STATUS_READY',
  [OrderStatus.Completed]: 'ORDER_STATUS_COMPLETED',
  [OrderStatus.Cancelled]: 'ORDER_STATUS_CANCELLED',
} as const satisfies Record<OrderStatus, search.OrderStatus__Output>;

const STATUS_FROM_PROTO = new Map<unknown, OrderStatus>(
  Object.entries(STATUS_TO_PROTO).map(([domain, proto]) => [proto, domain as OrderStatus]),
);

/** google.protobuf.Timestamp's valid range: 0001-01-01T00:00:00Z .. 9999-12-31T23:59:59Z. */
const MIN_SECONDS = -62_135_596_800;
const MAX_SECONDS = 253_402_300_799;

function timestamp(ts: protobuf.Timestamp__Output | null | undefined, field: string): Date | undefined {
  if (!ts) return undefined;
  const seconds = Number(ts.seconds);
  if (!Number.isInteger(seconds) || seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
    throw new InvalidArgument(`${field} is out of range`, field);
  }
  if (!Number.isInteger(ts.nanos) || ts.nanos < 0 || ts.nanos > 999_999_999) {
    throw new InvalidArgument(`${field}.nanos must be between 0 and 999999999`, field);
  }
  return new Date(seconds * 1000 + Math.floor(ts.nanos / 1_000_000));
}

function ids(value: unknown, field: string): string[] {
  return validate.list<unknown>(value ?? [], field, MAX_FILTER_IDS).map((id, i) => validate.requiredId(id, `${field}[${i}]`));
}

/** A total bound; 0 means "no bound" (proto3 cannot tell unset from 0). */
function bound(value: unknown, field: string): number | undefined {
  if (value === 0 || value === undefined) return undefined;
  return validate.money(value, field);
}

function status(value: unknown): OrderStatus | undefined {
  if (value === undefined || value === 'ORDER_STATUS_UNSPECIFIED' || value === 0) return undefined;
  const s = STATUS_FROM_PROTO.get(value);
  if (!s) throw new InvalidArgument(`filters.status is not a known order status`, 'filters.status');
  return s;
}

export function parseSearchRequest(req: search.SearchOrdersRequest__Output): SearchQuery {
  const f = req.filters;
  const filters: SearchFilters = {
    customerId: validate.optionalId(f?.customerId, 'filters.customer_id'),
    after: timestamp(f?.after, 'filters.after'),
    before: timestamp(f?.before, 'filters.before'),
    storeIds: ids(f?.storeIds, 'filters.store_ids'),
    productIds: ids(f?.productIds, 'filters.product_ids'),
    minTotal: bound(f?.minTotal, 'filters.min_total'),
    maxTotal: bound(f?.maxTotal, 'filters.max_total'),
    status: status(f?.status),
  };
  const next = typeof req.next === 'string' ? req.next.trim() : '';
  const limit = validate.integer(req.limit ?? 0, 'limit', { min: 0, max: MAX_LIMIT });
  return { filters, next, limit };
}

export function toProtoOrder(o: OrderView): search.Order {
  return {
    orderId: o.orderId,
    customerId: o.customerId,
    customerName: o.customerName,
    items: o.items.map((i) => ({
      productId: i.productId,
      storeId: i.storeId,
      productName: i.productName,
      storeName: i.storeName,
      price: i.price,
      quantity: i.quantity,
    })),
    total: o.total,
    status: STATUS_TO_PROTO[o.status],
    createdAt: toTimestamp(o.createdAt),
    updatedAt: toTimestamp(o.updatedAt),
  };
}
