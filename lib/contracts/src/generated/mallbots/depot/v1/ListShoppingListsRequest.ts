// Original file: proto/mallbots/depot/v1/api.proto

import type {
  ShoppingListStatus as _mallbots_depot_v1_ShoppingListStatus,
  ShoppingListStatus__Output as _mallbots_depot_v1_ShoppingListStatus__Output,
} from '../../../mallbots/depot/v1/ShoppingListStatus.ts';

/**
 * Input of ListShoppingLists: optional filters (`status` UNSPECIFIED = any; `order_id` blank = any, else a UUID);
 * `limit` 0 to 100, 0 means 20.
 */
export interface ListShoppingListsRequest {
  status?: _mallbots_depot_v1_ShoppingListStatus;
  orderId?: string;
  limit?: number;
}

/**
 * Input of ListShoppingLists: optional filters (`status` UNSPECIFIED = any; `order_id` blank = any, else a UUID);
 * `limit` 0 to 100, 0 means 20.
 */
export interface ListShoppingListsRequest__Output {
  status: _mallbots_depot_v1_ShoppingListStatus__Output;
  orderId: string;
  limit: number;
}
