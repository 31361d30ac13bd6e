// Original file: proto/mallbots/ordering/v1/messages.proto

/**
 * An order line (shared by the events and the gRPC API).
 */
export interface Item {
  /**
   * Store id (UUID).
   */
  storeId?: string;
  /**
   * Product id (UUID).
   */
  productId?: string;
  /**
   * Store name when the basket line was added.
   */
  storeName?: string;
  /**
   * Product name when the basket line was added.
   */
  productName?: string;
  /**
   * Unit price, >= 0.
   */
  price?: number | string;
  /**
   * Quantity, >= 1.
   */
  quantity?: number;
}

/**
 * An order line (shared by the events and the gRPC API).
 */
export interface Item__Output {
  /**
   * Store id (UUID).
   */
  storeId: string;
  /**
   * Product id (UUID).
   */
  productId: string;
  /**
   * Store name when the basket line was added.
   */
  storeName: string;
  /**
   * Product name when the basket line was added.
   */
  productName: string;
  /**
   * Unit price, >= 0.
   */
  price: number;
  /**
   * Quantity, >= 1.
   */
  quantity: number;
}
