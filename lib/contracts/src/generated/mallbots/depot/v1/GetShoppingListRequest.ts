// Original file: proto/mallbots/depot/v1/api.proto

/**
 * Input of GetShoppingList: `id` of the list.
 */
export interface GetShoppingListRequest {
  id?: string;
}

/**
 * Input of GetShoppingList: `id` of the list.
 */
export interface GetShoppingListRequest__Output {
  id: string;
}
