// Original file: proto/mallbots/ordering/v1/api.proto

import type {
  Item as _mallbots_ordering_v1_Item,
  Item__Output as _mallbots_ordering_v1_Item__Output,
} from '../../../mallbots/ordering/v1/Item.ts';
import type {
  OrderStatus as _mallbots_ordering_v1_OrderStatus,
  OrderStatus__Output as _mallbots_ordering_v1_OrderStatus__Output,
} from '../../../mallbots/ordering/v1/OrderStatus.ts';

/**
 * An order.
 */
export interface Order {
  /**
   * Order id (UUID).
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
   * Shopping list id; blank until approved.
   */
  shoppingId?: string;
  /**
   * Invoice id; blank until completed.
   */
  invoiceId?: string;
  /**
   * The order lines.
   */
  items?: _mallbots_ordering_v1_Item[];
  /**
   * Sum of price * quantity over the items.
   */
  total?: number | string;
  /**
   * Current status.
   */
  status?: _mallbots_ordering_v1_OrderStatus;
}

/**
 * An order.
 */
export interface Order__Output {
  /**
   * Order id (UUID).
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
   * Shopping list id; blank until approved.
   */
  shoppingId: string;
  /**
   * Invoice id; blank until completed.
   */
  invoiceId: string;
  /**
   * The order lines.
   */
  items: _mallbots_ordering_v1_Item__Output[];
  /**
   * Sum of price * quantity over the items.
   */
  total: number;
  /**
   * Current status.
   */
  status: _mallbots_ordering_v1_OrderStatus__Output;
}
