// Original file: proto/mallbots/stores/v1/messages.proto

/**
 * Published when a product is added to a store's catalogue (AddProduct). Consumers: baskets, depot, search.
 */
export interface ProductAdded {
  /**
   * Product id (UUID).
   */
  id?: string;
  /**
   * Id of the store selling the product (UUID).
   */
  storeId?: string;
  /**
   * Non-blank product name.
   */
  name?: string;
  /**
   * Free text, may be blank.
   */
  description?: string;
  /**
   * Stock keeping unit, may be blank.
   */
  sku?: string;
  /**
   * Price, >= 0.
   */
  price?: number | string;
  /**
   * Product aggregate version after the change (1 for a new product).
   */
  version?: number;
}

/**
 * Published when a product is added to a store's catalogue (AddProduct). Consumers: baskets, depot, search.
 */
export interface ProductAdded__Output {
  /**
   * Product id (UUID).
   */
  id: string;
  /**
   * Id of the store selling the product (UUID).
   */
  storeId: string;
  /**
   * Non-blank product name.
   */
  name: string;
  /**
   * Free text, may be blank.
   */
  description: string;
  /**
   * Stock keeping unit, may be blank.
   */
  sku: string;
  /**
   * Price, >= 0.
   */
  price: number;
  /**
   * Product aggregate version after the change (1 for a new product).
   */
  version: number;
}
