// Original file: proto/mallbots/baskets/v1/messages.proto

/**
 * Published when an open basket is cancelled (CancelBasket).
 */
export interface BasketCanceled {
  /**
   * Basket id (UUID).
   */
  id?: string;
  /**
   * Customer id (UUID).
   */
  customerId?: string;
}

/**
 * Published when an open basket is cancelled (CancelBasket).
 */
export interface BasketCanceled__Output {
  /**
   * Basket id (UUID).
   */
  id: string;
  /**
   * Customer id (UUID).
   */
  customerId: string;
}
