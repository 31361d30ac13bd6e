// Original file: proto/mallbots/baskets/v1/api.proto

/**
 * Output of StartBasket: the new basket's id.
 */
export interface StartBasketResponse {
  id?: string;
}

/**
 * Output of StartBasket: the new basket's id.
 */
export interface StartBasketResponse__Output {
  id: string;
}
