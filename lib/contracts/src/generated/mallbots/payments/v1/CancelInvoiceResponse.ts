// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Output of CancelInvoice (empty).
 */
export interface CancelInvoiceResponse {}

/**
 * Output of CancelInvoice (empty).
 */
export interface CancelInvoiceResponse__Output {}
