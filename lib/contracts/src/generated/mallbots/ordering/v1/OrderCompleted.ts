// Original file: proto/mallbots/ordering/v1/messages.proto

/**
 * Published when an order is completed (CompleteOrder, after the invoice was paid). Consumers: notifications, search.
 */
export interface OrderCompleted {
  /**
   * Order id (UUID).
   */
  id?: string;
  /**
   * Customer id (UUID).
   */
  customerId?: string;
  /**
   * Paid invoice id (UUID).
   */
  invoiceId?: string;
  /**
   * Order aggregate version after the change.
   */
  version?: number;
}

/**
 * Published when an order is completed (CompleteOrder, after the invoice was paid). Consumers: notifications, search.
 */
export interface OrderCompleted__Output {
  /**
   * Order id (UUID).
   */
  id: string;
  /**
   * Customer id (UUID).
   */
  customerId: string;
  /**
   * Paid invoice id (UUID).
   */
  invoiceId: string;
  /**
   * Order aggregate version after the change.
   */
  version: number;
}
