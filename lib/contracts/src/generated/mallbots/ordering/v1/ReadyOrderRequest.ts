// Original file: proto/mallbots/ordering/v1/api.proto

/**
 * Input of ReadyOrder: `id` of an approved order.
 */
export interface ReadyOrderRequest {
  id?: string;
}

/**
 * Input of ReadyOrder: `id` of an approved order.
 */
export interface ReadyOrderRequest__Output {
  id: string;
}
