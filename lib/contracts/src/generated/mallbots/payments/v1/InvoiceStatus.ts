// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Lifecycle of an invoice: pending -> paid | canceled.
 */
export const InvoiceStatus = {
  /**
   * Not set; never stored.
   */
  INVOICE_STATUS_UNSPECIFIED: 'INVOICE_STATUS_UNSPECIFIED',
  /**
   * Created, waiting for payment.
   */
  INVOICE_STATUS_PENDING: 'INVOICE_STATUS_PENDING',
  /**
   * Paid.
   */
  INVOICE_STATUS_PAID: 'INVOICE_STATUS_PAID',
  /**
   * Cancelled.
   */
  INVOICE_STATUS_CANCELED: 'INVOICE_STATUS_CANCELED',
} as const;

/**
 * Lifecycle of an invoice: pending -> paid | canceled.
 */
export type InvoiceStatus =
  /**
   * Not set; never stored.
   */
  | 'INVOICE_STATUS_UNSPECIFIED'
  | 0
  /**
   * Created, waiting for payment.
   */
  | 'INVOICE_STATUS_PENDING'
  | 1
  /**
   * Paid.
   */
  | 'INVOICE_STATUS_PAID'
  | 2
  /**
   * Cancelled.
   */
  | 'INVOICE_STATUS_CANCELED'
  | 3;

/**
 * Lifecycle of an invoice: pending -> paid | canceled.
 */
export type InvoiceStatus__Output = (typeof InvoiceStatus)[keyof typeof InvoiceStatus];
