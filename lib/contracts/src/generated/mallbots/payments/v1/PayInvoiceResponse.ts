// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Output of PayInvoice (empty).
 */
export interface PayInvoiceResponse {}

/**
 * Output of PayInvoice (empty).
 */
export interface PayInvoiceResponse__Output {}
