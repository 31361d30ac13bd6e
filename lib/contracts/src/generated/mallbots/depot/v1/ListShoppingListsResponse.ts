// Original file: proto/mallbots/depot/v1/api.proto

import type {
  ShoppingList as _mallbots_depot_v1_ShoppingList,
  ShoppingList__Output as _mallbots_depot_v1_ShoppingList__Output,
} from '../../../mallbots/depot/v1/ShoppingList.ts';

/**
 * Output of ListShoppingLists.
 */
export interface ListShoppingListsResponse {
  shoppingLists?: _mallbots_depot_v1_ShoppingList[];
}

/**
 * Output of ListShoppingLists.
 */
export interface ListShoppingListsResponse__Output {
  shoppingLists: _mallbots_depot_v1_ShoppingList__Output[];
}
