// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of DecreaseProductPrice: `id` of an existing product; `price` the new absolute price, finite,
 * 0 to 1,000,000,000, lower than the current price (FAILED_PRECONDITION otherwise, also when equal).
 * Two concurrent changes of one product: one wins, the other gets ABORTED and changes nothing.
 */
export interface DecreaseProductPriceRequest {
  id?: string;
  price?: number | string;
}

/**
 * Input of DecreaseProductPrice: `id` of an existing product; `price` the new absolute price, finite,
 * 0 to 1,000,000,000, lower than the current price (FAILED_PRECONDITION otherwise, also when equal).
 * Two concurrent changes of one product: one wins, the other gets ABORTED and changes nothing.
 */
export interface DecreaseProductPriceRequest__Output {
  id: string;
  price: number;
}
