// Original file: proto/mallbots/stores/v1/messages.proto

/**
 * Published when a product's price goes up (IncreaseProductPrice). Consumers: baskets (price cache).
 */
export interface ProductPriceIncreased {
  /**
   * Product id (UUID).
   */
  id?: string;
  /**
   * new price - old price (> 0).
   */
  delta?: number | string;
  /**
   * The new absolute price; consumers should store this rather than add `delta`.
   */
  price?: number | string;
  /**
   * Product aggregate version after the change.
   */
  version?: number;
}

/**
 * Published when a product's price goes up (IncreaseProductPrice). Consumers: baskets (price cache).
 */
export interface ProductPriceIncreased__Output {
  /**
   * Product id (UUID).
   */
  id: string;
  /**
   * new price - old price (> 0).
   */
  delta: number;
  /**
   * The new absolute price; consumers should store this rather than add `delta`.
   */
  price: number;
  /**
   * Product aggregate version after the change.
   */
  version: number;
}
