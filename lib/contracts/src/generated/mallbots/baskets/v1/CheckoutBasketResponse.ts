// Original file: proto/mallbots/baskets/v1/api.proto

/**
 * Output of CheckoutBasket (empty).
 */
export interface CheckoutBasketResponse {}

/**
 * Output of CheckoutBasket (empty).
 */
export interface CheckoutBasketResponse__Output {}
