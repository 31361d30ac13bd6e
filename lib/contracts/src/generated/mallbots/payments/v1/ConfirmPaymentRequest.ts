// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Input of ConfirmPayment: `id` of an authorized payment; `amount` equal to the authorized amount.
 */
export interface ConfirmPaymentRequest {
  id?: string;
  amount?: number | string;
}

/**
 * Input of ConfirmPayment: `id` of an authorized payment; `amount` equal to the authorized amount.
 */
export interface ConfirmPaymentRequest__Output {
  id: string;
  amount: number;
}
