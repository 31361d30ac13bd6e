// Original file: proto/mallbots/notifications/v1/api.proto

/**
 * Input of NotifyOrderCanceled: `order_id` and `customer_id` UUIDs.
 */
export interface NotifyOrderCanceledRequest {
  orderId?: string;
  customerId?: string;
}

/**
 * Input of NotifyOrderCanceled: `order_id` and `customer_id` UUIDs.
 */
export interface NotifyOrderCanceledRequest__Output {
  orderId: string;
  customerId: string;
}
