// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Input of PayInvoice: `id` of a pending invoice.
 */
export interface PayInvoiceRequest {
  id?: string;
}

/**
 * Input of PayInvoice: `id` of a pending invoice.
 */
export interface PayInvoiceRequest__Output {
  id: string;
}
