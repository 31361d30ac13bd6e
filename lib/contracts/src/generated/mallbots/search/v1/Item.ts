// Original file: proto/mallbots/search/v1/api.proto

/**
 * An order line with resolved names.
 */
export interface Item {
  /**
   * Product id (UUID).
   */
  productId?: string;
  /**
   * Store id (UUID).
   */
  storeId?: string;
  /**
   * Product name.
   */
  productName?: string;
  /**
   * Store name.
   */
  storeName?: string;
  /**
   * Unit price.
   */
  price?: number | string;
  /**
   * Quantity, >= 1.
   */
  quantity?: number;
}

/**
 * An order line with resolved names.
 */
export interface Item__Output {
  /**
   * Product id (UUID).
   */
  productId: string;
  /**
   * Store id (UUID).
   */
  storeId: string;
  /**
   * Product name.
   */
  productName: string;
  /**
   * Store name.
   */
  storeName: string;
  /**
   * Unit price.
   */
  price: number;
  /**
   * Quantity, >= 1.
   */
  quantity: number;
}
