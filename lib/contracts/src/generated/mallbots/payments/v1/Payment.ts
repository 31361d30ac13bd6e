// Original file: proto/mallbots/payments/v1/api.proto

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
   * Whether the payment was confirmed for an order.
   */
  confirmed?: boolean;
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
   * Whether the payment was confirmed for an order.
   */
  confirmed: boolean;
}
