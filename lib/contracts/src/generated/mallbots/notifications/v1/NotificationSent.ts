// Original file: proto/mallbots/notifications/v1/messages.proto

import type {
  NotificationKind as _mallbots_notifications_v1_NotificationKind,
  NotificationKind__Output as _mallbots_notifications_v1_NotificationKind__Output,
} from '../../../mallbots/notifications/v1/NotificationKind.ts';

/**
 * Published after a notification was sent through the notifier port and recorded in the sent log.
 */
export interface NotificationSent {
  /**
   * Notification id (UUID).
   */
  id?: string;
  /**
   * What the customer was told.
   */
  kind?: _mallbots_notifications_v1_NotificationKind;
  /**
   * Order id (UUID).
   */
  orderId?: string;
  /**
   * Customer id (UUID). The phone number is never published.
   */
  customerId?: string;
}

/**
 * Published after a notification was sent through the notifier port and recorded in the sent log.
 */
export interface NotificationSent__Output {
  /**
   * Notification id (UUID).
   */
  id: string;
  /**
   * What the customer was told.
   */
  kind: _mallbots_notifications_v1_NotificationKind__Output;
  /**
   * Order id (UUID).
   */
  orderId: string;
  /**
   * Customer id (UUID). The phone number is never published.
   */
  customerId: string;
}
