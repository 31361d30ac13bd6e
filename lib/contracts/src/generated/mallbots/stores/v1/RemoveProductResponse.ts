// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Output of RemoveProduct (empty).
 */
export interface RemoveProductResponse {}

/**
 * Output of RemoveProduct (empty).
 */
export interface RemoveProductResponse__Output {}
