// Original file: proto/mallbots/depot/v1/api.proto

/**
 * Output of CompleteShoppingList (empty).
 */
export interface CompleteShoppingListResponse {}

/**
 * Output of CompleteShoppingList (empty).
 */
export interface CompleteShoppingListResponse__Output {}
