// Original file: proto/mallbots/ordering/v1/api.proto

/**
 * Input of CancelOrder: `id` of a pending order.
 */
export interface CancelOrderRequest {
  id?: string;
}

/**
 * Input of CancelOrder: `id` of a pending order.
 */
export interface CancelOrderRequest__Output {
  id: string;
}
