// Original file: proto/mallbots/ordering/v1/api.proto

/**
 * Output of CancelOrder (empty).
 */
export interface CancelOrderResponse {}

/**
 * Output of CancelOrder (empty).
 */
export interface CancelOrderResponse__Output {}
