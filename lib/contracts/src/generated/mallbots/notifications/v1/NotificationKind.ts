// Original file: proto/mallbots/notifications/v1/messages.proto

/**
 * What a notification told the customer.
 */
export const NotificationKind = {
  /**
   * Not set; as a filter: any kind.
   */
  NOTIFICATION_KIND_UNSPECIFIED: 'NOTIFICATION_KIND_UNSPECIFIED',
  /**
   * The order was received (OrderCreated).
   */
  NOTIFICATION_KIND_ORDER_CREATED: 'NOTIFICATION_KIND_ORDER_CREATED',
  /**
   * The order was cancelled (OrderCanceled).
   */
  NOTIFICATION_KIND_ORDER_CANCELED: 'NOTIFICATION_KIND_ORDER_CANCELED',
  /**
   * The order is ready for pickup (OrderReadied).
   */
  NOTIFICATION_KIND_ORDER_READY: 'NOTIFICATION_KIND_ORDER_READY',
  /**
   * The order was approved (OrderApproved).
   */
  NOTIFICATION_KIND_ORDER_APPROVED: 'NOTIFICATION_KIND_ORDER_APPROVED',
} as const;

/**
 * What a notification told the customer.
 */
export type NotificationKind =
  /**
   * Not set; as a filter: any kind.
   */
  | 'NOTIFICATION_KIND_UNSPECIFIED'
  | 0
  /**
   * The order was received (OrderCreated).
   */
  | 'NOTIFICATION_KIND_ORDER_CREATED'
  | 1
  /**
   * The order was cancelled (OrderCanceled).
   */
  | 'NOTIFICATION_KIND_ORDER_CANCELED'
  | 2
  /**
   * The order is ready for pickup (OrderReadied).
   */
  | 'NOTIFICATION_KIND_ORDER_READY'
  | 3
  /**
   * The order was approved (OrderApproved).
   */
  | 'NOTIFICATION_KIND_ORDER_APPROVED'
  | 4;

/**
 * What a notification told the customer.
 */
export type NotificationKind__Output = (typeof NotificationKind)[keyof typeof NotificationKind];
