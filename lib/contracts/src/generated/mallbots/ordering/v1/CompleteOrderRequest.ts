// Original file: proto/mallbots/ordering/v1/api.proto

/**
 * Input of CompleteOrder: `id` of a ready order; `invoice_id` a UUID of its paid invoice (stored on the order).
 */
export interface CompleteOrderRequest {
  id?: string;
  invoiceId?: string;
}

/**
 * Input of CompleteOrder: `id` of a ready order; `invoice_id` a UUID of its paid invoice (stored on the order).
 */
export interface CompleteOrderRequest__Output {
  id: string;
  invoiceId: string;
}
