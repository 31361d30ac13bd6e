// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Output of AuthorizePayment: the new payment's id.
 */
export interface AuthorizePaymentResponse {
  id?: string;
}

/**
 * Output of AuthorizePayment: the new payment's id.
 */
export interface AuthorizePaymentResponse__Output {
  id: string;
}
