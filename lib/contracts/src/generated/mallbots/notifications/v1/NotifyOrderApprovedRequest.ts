// Original file: proto/mallbots/notifications/v1/api.proto

/**
 * Input of NotifyOrderApproved: `order_id` and `customer_id` UUIDs.
 */
export interface NotifyOrderApprovedRequest {
  orderId?: string;
  customerId?: string;
}

/**
 * Input of NotifyOrderApproved: `order_id` and `customer_id` UUIDs.
 */
export interface NotifyOrderApprovedRequest__Output {
  orderId: string;
  customerId: string;
}
