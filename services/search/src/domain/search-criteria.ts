/**
 * What a search asks for, and the page token that lets a client walk the results.
 *
 * Filters: every set filter must match (AND); store and product filters match an order having at least one line
 * of one of the given ids. Ranges must not be inverted: `after` (inclusive) <= `before` (exclusive), and
 * `minTotal` <= `maxTotal` when both are set.
 *
 * Paging: results are ordered by (createdAt desc, orderId desc), a total order on an immutable key, and a page
 * continues strictly after the last row of the previous one (keyset pagination). So a row is never skipped or
 * repeated while a client pages, whatever is inserted or updated meanwhile; orders created after the first page
 * sort before the cursor and simply do not show up in that walk.
 *
 * The `next` token is opaque to clients: base64url of JSON `{v, t, id, f}` with the cursor (creation time in
 * microseconds since the epoch, order id) and a fingerprint of the filters it was issued for. A token that does
 * not decode, or that belongs to other filters, is INVALID_ARGUMENT. The token is not a secret and not signed:
 * forging one only moves the caller's own cursor.
 */
import { InvalidArgument } from '@mallbots/rpc/errors';
import type { OrderStatus } from './order-view.ts';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
/** Most ids one store or product filter may list. */
export const MAX_FILTER_IDS = 50;
const MAX_TOKEN_LENGTH = 512;
const TOKEN_VERSION = 1;

export interface SearchFilters {
  customerId?: string | undefined;
  after?: Date | undefined;
  before?: Date | undefined;
  storeIds: string[];
  productIds: string[];
  /** Lower bound of the total, inclusive; undefined = none. */
  minTotal?: number | undefined;
  /** Upper bound of the total, inclusive; undefined = none. */
  maxTotal?: number | undefined;
  status?: OrderStatus | undefined;
}

/** Position after which the next page starts. */
export interface Cursor {
  /** created_at in microseconds since the epoch, as a decimal integer string (exact, unlike a JS number). */
  createdAtMicros: string;
  orderId: string;
}

/** Checks the rules that span fields; returns the filters with id lists de-duplicated and sorted. */
export function checkFilters(filters: SearchFilters): SearchFilters {
  if (filters.after && filters.before && filters.after.getTime() > filters.before.getTime()) {
    throw new InvalidArgument('filters.after must not be later than filters.before', 'filters.after');
  }
  if (filters.minTotal !== undefined && filters.maxTotal !== undefined && filters.minTotal > filters.maxTotal) {
    throw new InvalidArgument('filters.min_total must not be greater than filters.max_total', 'filters.min_total');
  }
  for (const [field, ids] of [
    ['filters.store_ids', filters.storeIds],
    ['filters.product_ids', filters.productIds],
  ] as const) {
    if (ids.length > MAX_FILTER_IDS) throw new InvalidArgument(`${field} must have at most ${MAX_FILTER_IDS} entries`, field);
  }
  return { ...filters, storeIds: [...new Set(filters.storeIds)].sort(), productIds: [...new Set(filters.productIds)].sort() };
}

/** The page size: 0 means the default; otherwise 1..MAX_LIMIT. */
export function pageLimit(limit: number): number {
  if (!Number.isInteger(limit)) throw new InvalidArgument('limit must be an integer', 'limit');
  if (limit < 0) throw new InvalidArgument('limit cannot be negative', 'limit');
  if (limit > MAX_LIMIT) throw new InvalidArgument(`limit must be at most ${MAX_LIMIT}`, 'limit');
  return limit === 0 ? DEFAULT_LIMIT : limit;
}

/** A short, stable fingerprint of the filters (FNV-1a, 32 bits): a guard against mixing tokens, not a signature. */
export function filtersFingerprint(filters: SearchFilters): string {
  const canonical = JSON.stringify([
    filters.customerId ?? null,
    filters.after?.getTime() ?? null,
    filters.before?.getTime() ?? null,
    [...filters.storeIds].sort(),
    [...filters.productIds].sort(),
    filters.minTotal ?? null,
    filters.maxTotal ?? null,
    filters.status ?? null,
  ]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i++) {
    hash ^= canonical.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MICROS = /^-?[0-9]{1,19}$/;

export function encodePageToken(cursor: Cursor, filters: SearchFilters): string {
  const body = { v: TOKEN_VERSION, t: cursor.createdAtMicros, id: cursor.orderId, f: filtersFingerprint(filters) };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** The cursor of a `next` token; INVALID_ARGUMENT naming `next` when malformed or issued for other filters. */
export function decodePageToken(token: string, filters: SearchFilters): Cursor {
  const malformed = (): InvalidArgument => new InvalidArgument('next is not a valid page token', 'next');
  if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) throw malformed();
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw malformed();
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw malformed();
  const { v, t, id, f } = body as Record<string, unknown>;
  if (v !== TOKEN_VERSION || typeof t !== 'string' || !MICROS.test(t) || typeof id !== 'string' || !UUID.test(id)) {
    throw malformed();
  }
  if (typeof f !== 'string' || f !== filtersFingerprint(filters)) {
    throw new InvalidArgument('next was issued for other filters; repeat the search from the first page', 'next');
  }
  return { createdAtMicros: t, orderId: id };
}
