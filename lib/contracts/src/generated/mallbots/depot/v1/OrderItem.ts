// Original file: proto/mallbots/depot/v1/messages.proto

/**
 * One line to shop: which product, from which store, how many (shared by the command and the gRPC API).
 */
export interface OrderItem {
  /**
   * Product id (UUID).
   */
  productId?: string;
  /**
   * Store id (UUID).
   */
  storeId?: string;
  /**
   * Quantity, >= 1.
   */
  quantity?: number;
}

/**
 * One line to shop: which product, from which store, how many (shared by the command and the gRPC API).
 */
export interface OrderItem__Output {
  /**
   * Product id (UUID).
   */
  productId: string;
  /**
   * Store id (UUID).
   */
  storeId: string;
  /**
   * Quantity, >= 1.
   */
  quantity: number;
}
