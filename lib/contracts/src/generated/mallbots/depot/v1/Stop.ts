// Original file: proto/mallbots/depot/v1/api.proto

import type {
  Item as _mallbots_depot_v1_Item,
  Item__Output as _mallbots_depot_v1_Item__Output,
} from '../../../mallbots/depot/v1/Item.ts';

/**
 * One store to visit.
 */
export interface Stop {
  /**
   * Store name.
   */
  storeName?: string;
  /**
   * Store location in the mall.
   */
  storeLocation?: string;
  /**
   * Items to pick, keyed by product id.
   */
  items?: { [key: string]: _mallbots_depot_v1_Item };
}

/**
 * One store to visit.
 */
export interface Stop__Output {
  /**
   * Store name.
   */
  storeName: string;
  /**
   * Store location in the mall.
   */
  storeLocation: string;
  /**
   * Items to pick, keyed by product id.
   */
  items: { [key: string]: _mallbots_depot_v1_Item__Output };
}
