// Original file: proto/mallbots/payments/v1/messages.proto

/**
 * Published when a pending invoice is paid (PayInvoice).
 */
export interface InvoicePaid {
  /**
   * Invoice id (UUID; the order id).
   */
  id?: string;
  /**
   * Order id (UUID).
   */
  orderId?: string;
}

/**
 * Published when a pending invoice is paid (PayInvoice).
 */
export interface InvoicePaid__Output {
  /**
   * Invoice id (UUID; the order id).
   */
  id: string;
  /**
   * Order id (UUID).
   */
  orderId: string;
}
