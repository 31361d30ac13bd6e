// Original file: proto/mallbots/baskets/v1/api.proto

/**
 * Input of GetBasket: `id` of the basket.
 */
export interface GetBasketRequest {
  id?: string;
}

/**
 * Input of GetBasket: `id` of the basket.
 */
export interface GetBasketRequest__Output {
  id: string;
}
