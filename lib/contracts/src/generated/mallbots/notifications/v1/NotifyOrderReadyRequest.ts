// Original file: proto/mallbots/notifications/v1/api.proto

/**
 * Input of NotifyOrderReady: `order_id` and `customer_id` UUIDs.
 */
export interface NotifyOrderReadyRequest {
  orderId?: string;
  customerId?: string;
}

/**
 * Input of NotifyOrderReady: `order_id` and `customer_id` UUIDs.
 */
export interface NotifyOrderReadyRequest__Output {
  orderId: string;
  customerId: string;
}
