// Original file: proto/mallbots/baskets/v1/api.proto

/**
 * Input of CancelBasket: `id` of an open basket.
 */
export interface CancelBasketRequest {
  id?: string;
}

/**
 * Input of CancelBasket: `id` of an open basket.
 */
export interface CancelBasketRequest__Output {
  id: string;
}
