// Original file: proto/mallbots/ordering/v1/api.proto

/**
 * Output of CompleteOrder (empty).
 */
export interface CompleteOrderResponse {}

/**
 * Output of CompleteOrder (empty).
 */
export interface CompleteOrderResponse__Output {}
