// Original file: proto/mallbots/stores/v1/api.proto

/**
 * A store in the mall.
 */
export interface Store {
  /**
   * Store id (UUID).
   */
  id?: string;
  /**
   * Store name.
   */
  name?: string;
  /**
   * Location inside the mall.
   */
  location?: string;
  /**
   * Whether the store takes part in the mall.
   */
  participating?: boolean;
  /**
   * Store aggregate version of this state; caches fed by events use it to ignore older events.
   */
  version?: number;
}

/**
 * A store in the mall.
 */
export interface Store__Output {
  /**
   * Store id (UUID).
   */
  id: string;
  /**
   * Store name.
   */
  name: string;
  /**
   * Location inside the mall.
   */
  location: string;
  /**
   * Whether the store takes part in the mall.
   */
  participating: boolean;
  /**
   * Store aggregate version of this state; caches fed by events use it to ignore older events.
   */
  version: number;
}
