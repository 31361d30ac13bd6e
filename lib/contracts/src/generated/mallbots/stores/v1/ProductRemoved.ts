// Original file: proto/mallbots/stores/v1/messages.proto

/**
 * Published when a product is removed from the catalogue (RemoveProduct). Consumers: baskets, depot, search.
 */
export interface ProductRemoved {
  /**
   * Product id (UUID).
   */
  id?: string;
  /**
   * Product aggregate version after the change.
   */
  version?: number;
}

/**
 * Published when a product is removed from the catalogue (RemoveProduct). Consumers: baskets, depot, search.
 */
export interface ProductRemoved__Output {
  /**
   * Product id (UUID).
   */
  id: string;
  /**
   * Product aggregate version after the change.
   */
  version: number;
}
