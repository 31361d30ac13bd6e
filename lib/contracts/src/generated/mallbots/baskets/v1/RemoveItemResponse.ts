// Original file: proto/mallbots/baskets/v1/api.proto

/**
 * Output of RemoveItem (empty).
 */
export interface RemoveItemResponse {}

/**
 * Output of RemoveItem (empty).
 */
export interface RemoveItemResponse__Output {}
