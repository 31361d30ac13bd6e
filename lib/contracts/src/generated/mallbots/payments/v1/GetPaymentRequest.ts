// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Input of GetPayment: `id` of the payment.
 */
export interface GetPaymentRequest {
  id?: string;
}

/**
 * Input of GetPayment: `id` of the payment.
 */
export interface GetPaymentRequest__Output {
  id: string;
}
