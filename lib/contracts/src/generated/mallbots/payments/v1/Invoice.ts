// Original file: proto/mallbots/payments/v1/api.proto

import type {
  InvoiceStatus as _mallbots_payments_v1_InvoiceStatus,
  InvoiceStatus__Output as _mallbots_payments_v1_InvoiceStatus__Output,
} from '../../../mallbots/payments/v1/InvoiceStatus.ts';

/**
 * An invoice for an order.
 */
export interface Invoice {
  /**
   * Invoice id (UUID; the order id when created from OrderReadied).
   */
  id?: string;
  /**
   * Order id (UUID).
   */
  orderId?: string;
  /**
   * Payment id (UUID).
   */
  paymentId?: string;
  /**
   * Amount due.
   */
  amount?: number | string;
  /**
   * Current status.
   */
  status?: _mallbots_payments_v1_InvoiceStatus;
}

/**
 * An invoice for an order.
 */
export interface Invoice__Output {
  /**
   * Invoice id (UUID; the order id when created from OrderReadied).
   */
  id: string;
  /**
   * Order id (UUID).
   */
  orderId: string;
  /**
   * Payment id (UUID).
   */
  paymentId: string;
  /**
   * Amount due.
   */
  amount: number;
  /**
   * Current status.
   */
  status: _mallbots_payments_v1_InvoiceStatus__Output;
}
