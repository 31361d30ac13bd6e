// Original file: proto/mallbots/baskets/v1/api.proto

/**
 * Input of StartBasket: `customer_id` a UUID.
 */
export interface StartBasketRequest {
  customerId?: string;
}

/**
 * Input of StartBasket: `customer_id` a UUID.
 */
export interface StartBasketRequest__Output {
  customerId: string;
}
