// Original file: proto/mallbots/depot/v1/api.proto

/**
 * One product to pick at a stop.
 */
export interface Item {
  /**
   * Product name.
   */
  name?: string;
  /**
   * Quantity, >= 1.
   */
  quantity?: number;
}

/**
 * One product to pick at a stop.
 */
export interface Item__Output {
  /**
   * Product name.
   */
  name: string;
  /**
   * Quantity, >= 1.
   */
  quantity: number;
}
