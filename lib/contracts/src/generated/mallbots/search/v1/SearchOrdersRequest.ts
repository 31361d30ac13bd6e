// Original file: proto/mallbots/search/v1/api.proto

import type {
  Filters as _mallbots_search_v1_Filters,
  Filters__Output as _mallbots_search_v1_Filters__Output,
} from '../../../mallbots/search/v1/Filters.ts';

/**
 * Input of SearchOrders: `filters` (may be absent); `next` blank for the first page, else the opaque token of the
 * previous response (INVALID_ARGUMENT if malformed, the filters must be the same); `limit` 0 to 100, 0 means 20.
 */
export interface SearchOrdersRequest {
  filters?: _mallbots_search_v1_Filters | null;
  next?: string;
  limit?: number;
}

/**
 * Input of SearchOrders: `filters` (may be absent); `next` blank for the first page, else the opaque token of the
 * previous response (INVALID_ARGUMENT if malformed, the filters must be the same); `limit` 0 to 100, 0 means 20.
 */
export interface SearchOrdersRequest__Output {
  filters: _mallbots_search_v1_Filters__Output | null;
  next: string;
  limit: number;
}
