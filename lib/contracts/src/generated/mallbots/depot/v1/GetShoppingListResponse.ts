// Original file: proto/mallbots/depot/v1/api.proto

import type {
  ShoppingList as _mallbots_depot_v1_ShoppingList,
  ShoppingList__Output as _mallbots_depot_v1_ShoppingList__Output,
} from '../../../mallbots/depot/v1/ShoppingList.ts';

/**
 * Output of GetShoppingList.
 */
export interface GetShoppingListResponse {
  shoppingList?: _mallbots_depot_v1_ShoppingList | null;
}

/**
 * Output of GetShoppingList.
 */
export interface GetShoppingListResponse__Output {
  shoppingList: _mallbots_depot_v1_ShoppingList__Output | null;
}
