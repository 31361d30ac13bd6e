// Original file: proto/mallbots/depot/v1/api.proto

/**
 * Output of CancelShoppingList (empty).
 */
export interface CancelShoppingListResponse {}

/**
 * Output of CancelShoppingList (empty).
 */
export interface CancelShoppingListResponse__Output {}
