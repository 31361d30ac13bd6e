// Original file: proto/mallbots/ordering/v1/messages.proto

/**
 * Published when the create-order saga approved the order (ApproveOrder command). Consumers: notifications, search.
 */
export interface OrderApproved {
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
   * Shopping list id created by depot (UUID).
   */
  shoppingId?: string;
  /**
   * Order aggregate version after the change.
   */
  version?: number;
}

/**
 * Published when the create-order saga approved the order (ApproveOrder command). Consumers: notifications, search.
 */
export interface OrderApproved__Output {
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
   * Shopping list id created by depot (UUID).
   */
  shoppingId: string;
  /**
   * Order aggregate version after the change.
   */
  version: number;
}
