// Original file: proto/mallbots/baskets/v1/messages.proto

/**
 * Published when a customer starts a basket (StartBasket).
 */
export interface BasketStarted {
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
 * Published when a customer starts a basket (StartBasket).
 */
export interface BasketStarted__Output {
  /**
   * Basket id (UUID).
   */
  id: string;
  /**
   * Customer id (UUID).
   */
  customerId: string;
}
