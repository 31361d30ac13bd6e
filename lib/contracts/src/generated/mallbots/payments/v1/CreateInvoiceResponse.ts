// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Output of CreateInvoice: the invoice id (= order id).
 */
export interface CreateInvoiceResponse {
  id?: string;
}

/**
 * Output of CreateInvoice: the invoice id (= order id).
 */
export interface CreateInvoiceResponse__Output {
  id: string;
}
