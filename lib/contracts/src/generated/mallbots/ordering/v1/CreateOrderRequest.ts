// Original file: proto/mallbots/ordering/v1/api.proto

import type {
  Item as _mallbots_ordering_v1_Item,
  Item__Output as _mallbots_ordering_v1_Item__Output,
} from '../../../mallbots/ordering/v1/Item.ts';

/**
 * Input of CreateOrder: `customer_id` and `payment_id` UUIDs; 1 to 100 `items`, each with UUID `store_id` and
 * `product_id`, `price` 0 to 1,000,000,000, `quantity` 1 to 1000; names at most 200 characters.
 */
export interface CreateOrderRequest {
  items?: _mallbots_ordering_v1_Item[];
  customerId?: string;
  paymentId?: string;
}

/**
 * Input of CreateOrder: `customer_id` and `payment_id` UUIDs; 1 to 100 `items`, each with UUID `store_id` and
 * `product_id`, `price` 0 to 1,000,000,000, `quantity` 1 to 1000; names at most 200 characters.
 */
export interface CreateOrderRequest__Output {
  items: _mallbots_ordering_v1_Item__Output[];
  customerId: string;
  paymentId: string;
}
