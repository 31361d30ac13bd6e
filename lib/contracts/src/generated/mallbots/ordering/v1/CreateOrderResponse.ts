// Original file: proto/mallbots/ordering/v1/api.proto

/**
 * Output of CreateOrder: the new order's id.
 */
export interface CreateOrderResponse {
  id?: string;
}

/**
 * Output of CreateOrder: the new order's id.
 */
export interface CreateOrderResponse__Output {
  id: string;
}
