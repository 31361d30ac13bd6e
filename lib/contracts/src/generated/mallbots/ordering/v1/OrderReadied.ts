// Original file: proto/mallbots/ordering/v1/messages.proto

/**
 * Published when an order is ready for pickup (ReadyOrder, after ShoppingListCompleted). Consumers: payments
 * (creates the invoice with id = order id), notifications, search.
 */
export interface OrderReadied {
  /**
   * Order id (UUID).
   */
  id?: string;
  /**
   * Customer id (UUID).
   */
  customerId?: string;
  /**
   * Payment id (UUID).
   */
  paymentId?: string;
  /**
   * Sum of price * quantity over the items.
   */
  total?: number | string;
  /**
   * Order aggregate version after the change.
   */
  version?: number;
}

/**
 * Published when an order is ready for pickup (ReadyOrder, after ShoppingListCompleted). Consumers: payments
 * (creates the invoice with id = order id), notifications, search.
 */
export interface OrderReadied__Output {
  /**
   * Order id (UUID).
   */
  id: string;
  /**
   * Customer id (UUID).
   */
  customerId: string;
  /**
   * Payment id (UUID).
   */
  paymentId: string;
  /**
   * Sum of price * quantity over the items.
   */
  total: number;
  /**
   * Order aggregate version after the change.
   */
  version: number;
}
