// Original file: proto/mallbots/baskets/v1/api.proto

import type {
  BasketStatus as _mallbots_baskets_v1_BasketStatus,
  BasketStatus__Output as _mallbots_baskets_v1_BasketStatus__Output,
} from '../../../mallbots/baskets/v1/BasketStatus.ts';
import type {
  Item as _mallbots_baskets_v1_Item,
  Item__Output as _mallbots_baskets_v1_Item__Output,
} from '../../../mallbots/baskets/v1/Item.ts';

/**
 * A customer's basket.
 */
export interface Basket {
  /**
   * Basket id (UUID).
   */
  id?: string;
  /**
   * Customer id (UUID).
   */
  customerId?: string;
  /**
   * Payment id given at checkout; blank before.
   */
  paymentId?: string;
  /**
   * Current status.
   */
  status?: _mallbots_baskets_v1_BasketStatus;
  /**
   * One line per product, ordered by product id.
   */
  items?: _mallbots_baskets_v1_Item[];
}

/**
 * A customer's basket.
 */
export interface Basket__Output {
  /**
   * Basket id (UUID).
   */
  id: string;
  /**
   * Customer id (UUID).
   */
  customerId: string;
  /**
   * Payment id given at checkout; blank before.
   */
  paymentId: string;
  /**
   * Current status.
   */
  status: _mallbots_baskets_v1_BasketStatus__Output;
  /**
   * One line per product, ordered by product id.
   */
  items: _mallbots_baskets_v1_Item__Output[];
}
