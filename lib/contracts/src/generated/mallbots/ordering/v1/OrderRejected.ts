// Original file: proto/mallbots/ordering/v1/messages.proto

/**
 * Published when the create-order saga rejected the order (RejectOrder command). Consumers: notifications, search.
 */
export interface OrderRejected {
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
   * Order aggregate version after the change.
   */
  version?: number;
}

/**
 * Published when the create-order saga rejected the order (RejectOrder command). Consumers: notifications, search.
 */
export interface OrderRejected__Output {
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
   * Order aggregate version after the change.
   */
  version: number;
}
