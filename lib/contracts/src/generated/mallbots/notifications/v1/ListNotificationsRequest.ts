// Original file: proto/mallbots/notifications/v1/api.proto

/**
 * Input of ListNotifications: optional filters (`customer_id`, `order_id`: blank = any, else a UUID);
 * `limit` 0 to 100, 0 means 20.
 */
export interface ListNotificationsRequest {
  customerId?: string;
  orderId?: string;
  limit?: number;
}

/**
 * Input of ListNotifications: optional filters (`customer_id`, `order_id`: blank = any, else a UUID);
 * `limit` 0 to 100, 0 means 20.
 */
export interface ListNotificationsRequest__Output {
  customerId: string;
  orderId: string;
  limit: number;
}
