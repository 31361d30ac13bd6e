// Original file: proto/mallbots/search/v1/api.proto

/**
 * Status of an order in the read model (follows the ordering events).
 */
export const OrderStatus = {
  /**
   * Not set; as a filter: any status.
   */
  ORDER_STATUS_UNSPECIFIED: 'ORDER_STATUS_UNSPECIFIED',
  /**
   * Created (OrderCreated).
   */
  ORDER_STATUS_PENDING: 'ORDER_STATUS_PENDING',
  /**
   * Rejected (OrderRejected).
   */
  ORDER_STATUS_REJECTED: 'ORDER_STATUS_REJECTED',
  /**
   * Approved (OrderApproved).
   */
  ORDER_STATUS_APPROVED: 'ORDER_STATUS_APPROVED',
  /**
   * Ready for pickup (OrderReadied).
   */
  ORDER_STATUS_READY: 'ORDER_STATUS_READY',
  /**
   * Completed (OrderCompleted).
   */
  ORDER_STATUS_COMPLETED: 'ORDER_STATUS_COMPLETED',
  /**
   * Cancelled (OrderCanceled).
   */
  ORDER_STATUS_CANCELLED: 'ORDER_STATUS_CANCELLED',
} as const;

/**
 * Status of an order in the read model (follows the ordering events).
 */
export type OrderStatus =
  /**
   * Not set; as a filter: any status.
   */
  | 'ORDER_STATUS_UNSPECIFIED'
  | 0
  /**
   * Created (OrderCreated).
   */
  | 'ORDER_STATUS_PENDING'
  | 1
  /**
   * Rejected (OrderRejected).
   */
  | 'ORDER_STATUS_REJECTED'
  | 2
  /**
   * Approved (OrderApproved).
   */
  | 'ORDER_STATUS_APPROVED'
  | 3
  /**
   * Ready for pickup (OrderReadied).
   */
  | 'ORDER_STATUS_READY'
  | 4
  /**
   * Completed (OrderCompleted).
   */
  | 'ORDER_STATUS_COMPLETED'
  | 5
  /**
   * Cancelled (OrderCanceled).
   */
  | 'ORDER_STATUS_CANCELLED'
  | 6;

/**
 * Status of an order in the read model (follows the ordering events).
 */
export type OrderStatus__Output = (typeof OrderStatus)[keyof typeof OrderStatus];
