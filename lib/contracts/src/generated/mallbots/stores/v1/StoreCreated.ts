// Original file: proto/mallbots/stores/v1/messages.proto

/**
 * Published when a store is created (CreateStore). Consumers: baskets, depot, search (store caches).
 */
export interface StoreCreated {
  /**
   * Store id (UUID).
   */
  id?: string;
  /**
   * Non-blank store name.
   */
  name?: string;
  /**
   * Non-blank location inside the mall.
   */
  location?: string;
  /**
   * Store aggregate version after the change (1 for a new store).
   */
  version?: number;
}

/**
 * Published when a store is created (CreateStore). Consumers: baskets, depot, search (store caches).
 */
export interface StoreCreated__Output {
  /**
   * Store id (UUID).
   */
  id: string;
  /**
   * Non-blank store name.
   */
  name: string;
  /**
   * Non-blank location inside the mall.
   */
  location: string;
  /**
   * Store aggregate version after the change (1 for a new store).
   */
  version: number;
}
