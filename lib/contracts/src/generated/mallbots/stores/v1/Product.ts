// Original file: proto/mallbots/stores/v1/api.proto

/**
 * A product of a store's catalogue.
 */
export interface Product {
  /**
   * Product id (UUID).
   */
  id?: string;
  /**
   * Id of the store selling it (UUID).
   */
  storeId?: string;
  /**
   * Product name.
   */
  name?: string;
  /**
   * Free text.
   */
  description?: string;
  /**
   * Stock keeping unit.
   */
  sku?: string;
  /**
   * Current price, >= 0.
   */
  price?: number | string;
  /**
   * Product aggregate version of this state; caches fed by events use it to ignore older events.
   */
  version?: number;
}

/**
 * A product of a store's catalogue.
 */
export interface Product__Output {
  /**
   * Product id (UUID).
   */
  id: string;
  /**
   * Id of the store selling it (UUID).
   */
  storeId: string;
  /**
   * Product name.
   */
  name: string;
  /**
   * Free text.
   */
  description: string;
  /**
   * Stock keeping unit.
   */
  sku: string;
  /**
   * Current price, >= 0.
   */
  price: number;
  /**
   * Product aggregate version of this state; caches fed by events use it to ignore older events.
   */
  version: number;
}
