// Original file: proto/mallbots/depot/v1/api.proto

/**
 * Input of CancelShoppingList: `id` of a list that is not completed.
 */
export interface CancelShoppingListRequest {
  id?: string;
}

/**
 * Input of CancelShoppingList: `id` of a list that is not completed.
 */
export interface CancelShoppingListRequest__Output {
  id: string;
}
