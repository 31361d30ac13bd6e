// Original file: proto/mallbots/baskets/v1/api.proto

/**
 * Output of AddItem (empty).
 */
export interface AddItemResponse {}

/**
 * Output of AddItem (empty).
 */
export interface AddItemResponse__Output {}
