// Original file: proto/mallbots/depot/v1/api.proto

/**
 * Output of AssignShoppingList (empty).
 */
export interface AssignShoppingListResponse {}

/**
 * Output of AssignShoppingList (empty).
 */
export interface AssignShoppingListResponse__Output {}
