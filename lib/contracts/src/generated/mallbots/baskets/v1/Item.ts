// Original file: proto/mallbots/baskets/v1/api.proto

/**
 * A basket line with the names and the price snapshotted when it was added.
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
   * Store name at add time.
   */
  storeName?: string;
  /**
   * Product name at add time.
   */
  productName?: string;
  /**
   * Unit price at add time.
   */
  productPrice?: number | string;
  /**
   * Quantity, >= 1.
   */
  quantity?: number;
}

/**
 * A basket line with the names and the price snapshotted when it was added.
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
   * Store name at add time.
   */
  storeName: string;
  /**
   * Product name at add time.
   */
  productName: string;
  /**
   * Unit price at add time.
   */
  productPrice: number;
  /**
   * Quantity, >= 1.
   */
  quantity: number;
}
