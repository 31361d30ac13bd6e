// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Input of CreateInvoice: `order_id` and `payment_id` UUIDs; `amount` >= 0. The invoice id is the order id
 * (ALREADY_EXISTS if the order already has an invoice).
 */
export interface CreateInvoiceRequest {
  orderId?: string;
  paymentId?: string;
  amount?: number | string;
}

/**
 * Input of CreateInvoice: `order_id` and `payment_id` UUIDs; `amount` >= 0. The invoice id is the order id
 * (ALREADY_EXISTS if the order already has an invoice).
 */
export interface CreateInvoiceRequest__Output {
  orderId: string;
  paymentId: string;
  amount: number;
}
