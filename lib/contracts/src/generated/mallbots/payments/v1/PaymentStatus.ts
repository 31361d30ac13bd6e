// Original file: proto/mallbots/payments/v1/api.proto

/**
 * Lifecycle of a payment: authorized -> confirmed -> refunded, or authorized -> voided.
 */
export const PaymentStatus = {
  /**
   * Not set; never returned.
   */
  PAYMENT_STATUS_UNSPECIFIED: 'PAYMENT_STATUS_UNSPECIFIED',
  /**
   * Authorized by the customer, not confirmed yet.
   */
  PAYMENT_STATUS_AUTHORIZED: 'PAYMENT_STATUS_AUTHORIZED',
  /**
   * Confirmed: the money is taken.
   */
  PAYMENT_STATUS_CONFIRMED: 'PAYMENT_STATUS_CONFIRMED',
  /**
   * Confirmed, then given back because the order was rejected (the saga's CancelPayment).
   */
  PAYMENT_STATUS_REFUNDED: 'PAYMENT_STATUS_REFUNDED',
  /**
   * Canceled before it was confirmed; it can no longer be confirmed.
   */
  PAYMENT_STATUS_VOIDED: 'PAYMENT_STATUS_VOIDED',
} as const;

/**
 * Lifecycle of a payment: authorized -> confirmed -> refunded, or authorized -> voided.
 */
export type PaymentStatus =
  /**
   * Not set; never returned.
   */
  | 'PAYMENT_STATUS_UNSPECIFIED'
  | 0
  /**
   * Authorized by the customer, not confirmed yet.
   */
  | 'PAYMENT_STATUS_AUTHORIZED'
  | 1
  /**
   * Confirmed: the money is taken.
   */
  | 'PAYMENT_STATUS_CONFIRMED'
  | 2
  /**
   * Confirmed, then given back because the order was rejected (the saga's CancelPayment).
   */
  | 'PAYMENT_STATUS_REFUNDED'
  | 3
  /**
   * Canceled before it was confirmed; it can no longer be confirmed.
   */
  | 'PAYMENT_STATUS_VOIDED'
  | 4;

/**
 * Lifecycle of a payment: authorized -> confirmed -> refunded, or authorized -> voided.
 */
export type PaymentStatus__Output = (typeof PaymentStatus)[keyof typeof PaymentStatus];
