// Original file: proto/mallbots/search/v1/api.proto

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
