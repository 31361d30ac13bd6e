// Original file: proto/mallbots/search/v1/api.proto

import type {
  Timestamp as _google_protobuf_Timestamp,
  Timestamp__Output as _google_protobuf_Timestamp__Output,
} from '../../../google/protobuf/Timestamp.ts';
import type {
  OrderStatus as _mallbots_search_v1_OrderStatus,
  OrderStatus__Output as _mallbots_search_v1_OrderStatus__Output,
} from '../../../mallbots/search/v1/OrderStatus.ts';

/**
 * Search filters; an unset field does not filter. All set filters must match.
 */
export interface Filters {
  /**
   * Only orders of this customer (UUID).
   */
  customerId?: string;
  /**
   * Only orders created at or after this time.
   */
  after?: _google_protobuf_Timestamp | null;
  /**
   * Only orders created before this time.
   */
  before?: _google_protobuf_Timestamp | null;
  /**
   * Only orders with at least one line from one of these stores (UUIDs, at most 50).
   */
  storeIds?: string[];
  /**
   * Only orders with at least one line of one of these products (UUIDs, at most 50).
   */
  productIds?: string[];
  /**
   * Only orders with total >= min_total (0 = no lower bound).
   */
  minTotal?: number | string;
  /**
   * Only orders with total <= max_total (0 = no upper bound); must be >= min_total when both are set.
   */
  maxTotal?: number | string;
  /**
   * Only orders in this status (UNSPECIFIED = any).
   */
  status?: _mallbots_search_v1_OrderStatus;
}

/**
 * Search filters; an unset field does not filter. All set filters must match.
 */
export interface Filters__Output {
  /**
   * Only orders of this customer (UUID).
   */
  customerId: string;
  /**
   * Only orders created at or after this time.
   */
  after: _google_protobuf_Timestamp__Output | null;
  /**
   * Only orders created before this time.
   */
  before: _google_protobuf_Timestamp__Output | null;
  /**
   * Only orders with at least one line from one of these stores (UUIDs, at most 50).
   */
  storeIds: string[];
  /**
   * Only orders with at least one line of one of these products (UUIDs, at most 50).
   */
  productIds: string[];
  /**
   * Only orders with total >= min_total (0 = no lower bound).
   */
  minTotal: number;
  /**
   * Only orders with total <= max_total (0 = no upper bound); must be >= min_total when both are set.
   */
  maxTotal: number;
  /**
   * Only orders in this status (UNSPECIFIED = any).
   */
  status: _mallbots_search_v1_OrderStatus__Output;
}
