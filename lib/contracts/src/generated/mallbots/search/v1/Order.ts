// Original file: proto/mallbots/search/v1/api.proto

import type {
  Item as _mallbots_search_v1_Item,
  Item__Output as _mallbots_search_v1_Item__Output,
} from '../../../mallbots/search/v1/Item.ts';
import type {
  OrderStatus as _mallbots_search_v1_OrderStatus,
  OrderStatus__Output as _mallbots_search_v1_OrderStatus__Output,
} from '../../../mallbots/search/v1/OrderStatus.ts';
import type {
  Timestamp as _google_protobuf_Timestamp,
  Timestamp__Output as _google_protobuf_Timestamp__Output,
} from '../../../google/protobuf/Timestamp.ts';

/**
 * An order of the read model, with the customer, store and product names resolved.
 */
export interface Order {
  /**
   * Order id (UUID).
   */
  orderId?: string;
  /**
   * Customer id (UUID).
   */
  customerId?: string;
  /**
   * Customer name; blank if unknown.
   */
  customerName?: string;
  /**
   * The order lines.
   */
  items?: _mallbots_search_v1_Item[];
  /**
   * Sum of price * quantity over the items.
   */
  total?: number | string;
  /**
   * Current status.
   */
  status?: _mallbots_search_v1_OrderStatus;
  /**
   * When the order was created.
   */
  createdAt?: _google_protobuf_Timestamp | null;
  /**
   * When the read model last changed this order.
   */
  updatedAt?: _google_protobuf_Timestamp | null;
}

/**
 * An order of the read model, with the customer, store and product names resolved.
 */
export interface Order__Output {
  /**
   * Order id (UUID).
   */
  orderId: string;
  /**
   * Customer id (UUID).
   */
  customerId: string;
  /**
   * Customer name; blank if unknown.
   */
  customerName: string;
  /**
   * The order lines.
   */
  items: _mallbots_search_v1_Item__Output[];
  /**
   * Sum of price * quantity over the items.
   */
  total: number;
  /**
   * Current status.
   */
  status: _mallbots_search_v1_OrderStatus__Output;
  /**
   * When the order was created.
   */
  createdAt: _google_protobuf_Timestamp__Output | null;
  /**
   * When the read model last changed this order.
   */
  updatedAt: _google_protobuf_Timestamp__Output | null;
}
