// Original file: proto/mallbots/search/v1/api.proto

import type {
  Order as _mallbots_search_v1_Order,
  Order__Output as _mallbots_search_v1_Order__Output,
} from '../../../mallbots/search/v1/Order.ts';

/**
 * Output of SearchOrders: one page, and the token for the next page (blank on the last page).
 */
export interface SearchOrdersResponse {
  orders?: _mallbots_search_v1_Order[];
  next?: string;
}

/**
 * Output of SearchOrders: one page, and the token for the next page (blank on the last page).
 */
export interface SearchOrdersResponse__Output {
  orders: _mallbots_search_v1_Order__Output[];
  next: string;
}
