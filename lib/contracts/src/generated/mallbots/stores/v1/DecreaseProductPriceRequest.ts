// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of DecreaseProductPrice: `id` of an existing product; `price` the new absolute price, finite,
 * 0 to 1,000,000,000, not higher than the current price (FAILED_PRECONDITION otherwise).
 */
export interface DecreaseProductPriceRequest {
  id?: string;
  price?: number | string;
}

/**
 * Input of DecreaseProductPrice: `id` of an existing product; `price` the new absolute price, finite,
 * 0 to 1,000,000,000, not higher than the current price (FAILED_PRECONDITION otherwise).
 */
export interface DecreaseProductPriceRequest__Output {
  id: string;
  price: number;
}
