// Original file: proto/mallbots/stores/v1/messages.proto

/**
 * Published when a store is renamed (RebrandStore). Consumers: baskets, depot, search.
 */
export interface StoreRebranded {
  /**
   * Store id (UUID).
   */
  id?: string;
  /**
   * The new, non-blank name.
   */
  name?: string;
  /**
   * Store aggregate version after the change.
   */
  version?: number;
}

/**
 * Published when a store is renamed (RebrandStore). Consumers: baskets, depot, search.
 */
export interface StoreRebranded__Output {
  /**
   * Store id (UUID).
   */
  id: string;
  /**
   * The new, non-blank name.
   */
  name: string;
  /**
   * Store aggregate version after the change.
   */
  version: number;
}
