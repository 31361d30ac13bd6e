// Original file: proto/mallbots/ordering/v1/api.proto

/**
 * Input of GetOrder: `id` of the order.
 */
export interface GetOrderRequest {
  id?: string;
}

/**
 * Input of GetOrder: `id` of the order.
 */
export interface GetOrderRequest__Output {
  id: string;
}
