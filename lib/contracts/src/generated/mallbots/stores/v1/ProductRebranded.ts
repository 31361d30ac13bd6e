// Original file: proto/mallbots/stores/v1/messages.proto

/**
 * Published when a product is renamed or re-described (RebrandProduct). Consumers: baskets, depot, search.
 */
export interface ProductRebranded {
  /**
   * Product id (UUID).
   */
  id?: string;
  /**
   * The new, non-blank name.
   */
  name?: string;
  /**
   * The new description, may be blank.
   */
  description?: string;
  /**
   * Product aggregate version after the change.
   */
  version?: number;
}

/**
 * Published when a product is renamed or re-described (RebrandProduct). Consumers: baskets, depot, search.
 */
export interface ProductRebranded__Output {
  /**
   * Product id (UUID).
   */
  id: string;
  /**
   * The new, non-blank name.
   */
  name: string;
  /**
   * The new description, may be blank.
   */
  description: string;
  /**
   * Product aggregate version after the change.
   */
  version: number;
}
