// Original file: proto/mallbots/notifications/v1/api.proto

/**
 * Input of NotifyOrderCreated: `order_id` and `customer_id` UUIDs.
 */
export interface NotifyOrderCreatedRequest {
  orderId?: string;
  customerId?: string;
}

/**
 * Input of NotifyOrderCreated: `order_id` and `customer_id` UUIDs.
 */
export interface NotifyOrderCreatedRequest__Output {
  orderId: string;
  customerId: string;
}
