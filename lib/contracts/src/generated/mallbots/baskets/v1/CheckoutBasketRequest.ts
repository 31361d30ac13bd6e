// Original file: proto/mallbots/baskets/v1/api.proto

/**
 * Input of CheckoutBasket: `id` of an open basket; `payment_id` a UUID of an authorized payment.
 */
export interface CheckoutBasketRequest {
  id?: string;
  paymentId?: string;
}

/**
 * Input of CheckoutBasket: `id` of an open basket; `payment_id` a UUID of an authorized payment.
 */
export interface CheckoutBasketRequest__Output {
  id: string;
  paymentId: string;
}
