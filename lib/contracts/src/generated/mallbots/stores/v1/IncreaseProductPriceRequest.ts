// Original file: proto/mallbots/stores/v1/api.proto

/**
 * Input of IncreaseProductPrice: `id` of an existing product; `price` the new absolute price, finite,
 * 0 to 1,000,000,000, not lower than the current price (FAILED_PRECONDITION otherwise).
 */
export interface IncreaseProductPriceRequest {
  id?: string;
  price?: number | string;
}

/**
 * Input of IncreaseProductPrice: `id` of an existing product; `price` the new absolute price, finite,
 * 0 to 1,000,000,000, not lower than the current price (FAILED_PRECONDITION otherwise).
 */
export interface IncreaseProductPriceRequest__Output {
  id: string;
  price: number;
}
