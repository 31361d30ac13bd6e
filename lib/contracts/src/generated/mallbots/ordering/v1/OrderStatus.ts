// Original file: proto/mallbots/ordering/v1/api.proto

/**
 * Lifecycle of an order.
 */
export const OrderStatus = {
  /**
   * Not set; never stored.
   */
  ORDER_STATUS_UNSPECIFIED: 'ORDER_STATUS_UNSPECIFIED',
  /**
   * Created; the create-order saga is running.
   */
  ORDER_STATUS_PENDING: 'ORDER_STATUS_PENDING',
  /**
   * Rejected by the saga (customer, shopping list or payment failed).
   */
  ORDER_STATUS_REJECTED: 'ORDER_STATUS_REJECTED',
  /**
   * Approved by the saga; the bots may shop it.
   */
  ORDER_STATUS_APPROVED: 'ORDER_STATUS_APPROVED',
  /**
   * Shopped; waiting for pickup and payment.
   */
  ORDER_STATUS_READY: 'ORDER_STATUS_READY',
  /**
   * Paid and picked up.
   */
  ORDER_STATUS_COMPLETED: 'ORDER_STATUS_COMPLETED',
  /**
   * Cancelled while pending.
   */
  ORDER_STATUS_CANCELLED: 'ORDER_STATUS_CANCELLED',
} as const;

/**
 * Lifecycle of an order.
 */
export type OrderStatus =
  /**
   * Not set; never stored.
   */
  | 'ORDER_STATUS_UNSPECIFIED'
  | 0
  /**
   * Created; the create-order saga is running.
   */
  | 'ORDER_STATUS_PENDING'
  | 1
  /**
   * Rejected by the saga (customer, shopping list or payment failed).
   */
  | 'ORDER_STATUS_REJECTED'
  | 2
  /**
   * Approved by the saga; the bots may shop it.
   */
  | 'ORDER_STATUS_APPROVED'
  | 3
  /**
   * Shopped; waiting for pickup and payment.
   */
  | 'ORDER_STATUS_READY'
  | 4
  /**
   * Paid and picked up.
   */
  | 'ORDER_STATUS_COMPLETED'
  | 5
  /**
   * Cancelled while pending.
   */
  | 'ORDER_STATUS_CANCELLED'
  | 6;

/**
 * Lifecycle of an order.
 */
export type OrderStatus__Output = (typeof OrderStatus)[keyof typeof OrderStatus];
