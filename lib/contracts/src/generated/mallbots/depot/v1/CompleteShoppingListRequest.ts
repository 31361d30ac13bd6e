// Original file: proto/mallbots/depot/v1/api.proto

/**
 * Input of CompleteShoppingList: `id` of an assigned list.
 */
export interface CompleteShoppingListRequest {
  id?: string;
}

/**
 * Input of CompleteShoppingList: `id` of an assigned list.
 */
export interface CompleteShoppingListRequest__Output {
  id: string;
}
