// Original file: proto/mallbots/depot/v1/api.proto

/**
 * Output of CreateShoppingList: the new list's id.
 */
export interface CreateShoppingListResponse {
  id?: string;
}

/**
 * Output of CreateShoppingList: the new list's id.
 */
export interface CreateShoppingListResponse__Output {
  id: string;
}
