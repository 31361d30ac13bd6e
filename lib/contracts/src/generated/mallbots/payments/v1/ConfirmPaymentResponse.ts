// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Output of ConfirmPayment (empty).
 */
export interface ConfirmPaymentResponse {}

/**
 * Output of ConfirmPayment (empty).
 */
export interface ConfirmPaymentResponse__Output {}
