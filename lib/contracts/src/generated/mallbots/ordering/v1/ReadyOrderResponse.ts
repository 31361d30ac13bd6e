// Original file: proto/mallbots/ordering/v1/api.proto

/**
 * Output of ReadyOrder (empty).
 */
export interface ReadyOrderResponse {}

/**
 * Output of ReadyOrder (empty).
 */
export interface ReadyOrderResponse__Output {}
