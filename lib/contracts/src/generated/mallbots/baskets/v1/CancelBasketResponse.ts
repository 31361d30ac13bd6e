// Original file: proto/mallbots/baskets/v1/api.proto

/**
 * Output of CancelBasket (empty).
 */
export interface CancelBasketResponse {}

/**
 * Output of CancelBasket (empty).
 */
export interface CancelBasketResponse__Output {}
