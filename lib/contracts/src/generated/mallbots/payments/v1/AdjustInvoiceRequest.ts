// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Input of AdjustInvoice: `id` of a pending invoice; `amount` >= 0.
 */
export interface AdjustInvoiceRequest {
  id?: string;
  amount?: number | string;
}

/**
 * Input of AdjustInvoice: `id` of a pending invoice; `amount` >= 0.
 */
export interface AdjustInvoiceRequest__Output {
  id: string;
  amount: number;
}
