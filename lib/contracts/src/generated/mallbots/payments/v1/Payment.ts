// Original file: proto/mallbots/payments/v1/api.proto

import type {
  PaymentStatus as _mallbots_payments_v1_PaymentStatus,
  PaymentStatus__Output as _mallbots_payments_v1_PaymentStatus__Output,
} from '../../../mallbots/payments/v1/PaymentStatus.ts';

/**
 * A pre-authorized payment.
 */
export interface Payment {
  /**
   * Payment id (UUID).
   */
  id?: string;
  /**
   * Customer id (UUID).
   */
  customerId?: string;
  /**
   * Authorized amount.
   */
  amount?: number | string;
  /**
   * Whether the money is taken: confirmed and not refunded (status CONFIRMED).
   */
  confirmed?: boolean;
  /**
   * Where the payment is in its lifecycle.
   */
  status?: _mallbots_payments_v1_PaymentStatus;
  /**
   * The order the payment was confirmed or canceled for (UUID); empty while authorized, or when confirmed over
   * the API without an order.
   */
  orderId?: string;
}

/**
 * A pre-authorized payment.
 */
export interface Payment__Output {
  /**
   * Payment id (UUID).
   */
  id: string;
  /**
   * Customer id (UUID).
   */
  customerId: string;
  /**
   * Authorized amount.
   */
  amount: number;
  /**
   * Whether the money is taken: confirmed and not refunded (status CONFIRMED).
   */
  confirmed: boolean;
  /**
   * Where the payment is in its lifecycle.
   */
  status: _mallbots_payments_v1_PaymentStatus__Output;
  /**
   * The order the payment was confirmed or canceled for (UUID); empty while authorized, or when confirmed over
   * the API without an order.
   */
  orderId: string;
}
