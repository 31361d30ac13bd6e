// Original file: proto/mallbots/search/v1/api.proto

import type {
  Order as _mallbots_search_v1_Order,
  Order__Output as _mallbots_search_v1_Order__Output,
} from '../../../mallbots/search/v1/Order.ts';

/**
 * Output of GetOrder.
 */
export interface GetOrderResponse {
  order?: _mallbots_search_v1_Order | null;
}

/**
 * Output of GetOrder.
 */
export interface GetOrderResponse__Output {
  order: _mallbots_search_v1_Order__Output | null;
}
