// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Input of GetInvoice: `id` of the invoice.
 */
export interface GetInvoiceRequest {
  id?: string;
}

/**
 * Input of GetInvoice: `id` of the invoice.
 */
export interface GetInvoiceRequest__Output {
  id: string;
}
