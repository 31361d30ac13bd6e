// Original file: proto/mallbots/ordering/v1/messages.proto

/**
 * Published when an order is cancelled (CancelOrder). Consumers: depot (cancels the shopping list, if any),
 * notifications, search.
 */
export interface OrderCanceled {
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
   * Shopping list id, blank if none was created yet.
   */
  shoppingId?: string;
  /**
   * Order aggregate version after the change.
   */
  version?: number;
}

/**
 * Published when an order is cancelled (CancelOrder). Consumers: depot (cancels the shopping list, if any),
 * notifications, search.
 */
export interface OrderCanceled__Output {
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
   * Shopping list id, blank if none was created yet.
   */
  shoppingId: string;
  /**
   * Order aggregate version after the change.
   */
  version: number;
}
