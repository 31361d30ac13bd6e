// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Output of AdjustInvoice (empty).
 */
export interface AdjustInvoiceResponse {}

/**
 * Output of AdjustInvoice (empty).
 */
export interface AdjustInvoiceResponse__Output {}
