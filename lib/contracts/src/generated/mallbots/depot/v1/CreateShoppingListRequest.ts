// Original file: proto/mallbots/depot/v1/api.proto

import type {
  OrderItem as _mallbots_depot_v1_OrderItem,
  OrderItem__Output as _mallbots_depot_v1_OrderItem__Output,
} from '../../../mallbots/depot/v1/OrderItem.ts';

/**
 * Input of CreateShoppingList: `order_id` a UUID; 1 to 100 `items`, each with UUID `product_id` and `store_id` and
 * `quantity` 1 to 1000.
 */
export interface CreateShoppingListRequest {
  orderId?: string;
  items?: _mallbots_depot_v1_OrderItem[];
}

/**
 * Input of CreateShoppingList: `order_id` a UUID; 1 to 100 `items`, each with UUID `product_id` and `store_id` and
 * `quantity` 1 to 1000.
 */
export interface CreateShoppingListRequest__Output {
  orderId: string;
  items: _mallbots_depot_v1_OrderItem__Output[];
}
