// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Input of CancelInvoice: `id` of a pending invoice.
 */
export interface CancelInvoiceRequest {
  id?: string;
}

/**
 * Input of CancelInvoice: `id` of a pending invoice.
 */
export interface CancelInvoiceRequest__Output {
  id: string;
}
