// Original file: proto/mallbots/depot/v1/messages.proto

import type {
  OrderItem as _mallbots_depot_v1_OrderItem,
  OrderItem__Output as _mallbots_depot_v1_OrderItem__Output,
} from '../../../mallbots/depot/v1/OrderItem.ts';

/**
 * Command (create-order saga step 2): create a pending shopping list for an order, looking up store and product
 * names (cache, then stores). Reply: CreatedShoppingList (outcome SUCCESS), or mallbots.common.v1.Failure
 * (INVALID_ARGUMENT, NOT_FOUND for an unknown store or product). Idempotent per order id.
 */
export interface CreateShoppingList {
  /**
   * Order id (UUID).
   */
  orderId?: string;
  /**
   * At least one line.
   */
  items?: _mallbots_depot_v1_OrderItem[];
}

/**
 * Command (create-order saga step 2): create a pending shopping list for an order, looking up store and product
 * names (cache, then stores). Reply: CreatedShoppingList (outcome SUCCESS), or mallbots.common.v1.Failure
 * (INVALID_ARGUMENT, NOT_FOUND for an unknown store or product). Idempotent per order id.
 */
export interface CreateShoppingList__Output {
  /**
   * Order id (UUID).
   */
  orderId: string;
  /**
   * At least one line.
   */
  items: _mallbots_depot_v1_OrderItem__Output[];
}
