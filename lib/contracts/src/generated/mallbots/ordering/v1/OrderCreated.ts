// Original file: proto/mallbots/ordering/v1/messages.proto

import type {
  Item as _mallbots_ordering_v1_Item,
  Item__Output as _mallbots_ordering_v1_Item__Output,
} from '../../../mallbots/ordering/v1/Item.ts';

/**
 * Published when an order is created (from BasketCheckedOut, or CreateOrder). Starts the create-order saga (cosec);
 * consumers also: notifications, search.
 */
export interface OrderCreated {
  /**
   * Order id (UUID; the basket id for orders from a checkout).
   */
  id?: string;
  /**
   * Customer id (UUID).
   */
  customerId?: string;
  /**
   * Authorized payment id (UUID).
   */
  paymentId?: string;
  /**
   * At least one line.
   */
  items?: _mallbots_ordering_v1_Item[];
  /**
   * Sum of price * quantity over the items.
   */
  total?: number | string;
  /**
   * Order aggregate version after the change (1 for a new order).
   */
  version?: number;
}

/**
 * Published when an order is created (from BasketCheckedOut, or CreateOrder). Starts the create-order saga (cosec);
 * consumers also: notifications, search.
 */
export interface OrderCreated__Output {
  /**
   * Order id (UUID; the basket id for orders from a checkout).
   */
  id: string;
  /**
   * Customer id (UUID).
   */
  customerId: string;
  /**
   * Authorized payment id (UUID).
   */
  paymentId: string;
  /**
   * At least one line.
   */
  items: _mallbots_ordering_v1_Item__Output[];
  /**
   * Sum of price * quantity over the items.
   */
  total: number;
  /**
   * Order aggregate version after the change (1 for a new order).
   */
  version: number;
}
