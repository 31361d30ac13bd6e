// Original file: proto/mallbots/notifications/v1/api.proto

import type {
  NotificationKind as _mallbots_notifications_v1_NotificationKind,
  NotificationKind__Output as _mallbots_notifications_v1_NotificationKind__Output,
} from '../../../mallbots/notifications/v1/NotificationKind.ts';
import type {
  Timestamp as _google_protobuf_Timestamp,
  Timestamp__Output as _google_protobuf_Timestamp__Output,
} from '../../../google/protobuf/Timestamp.ts';

/**
 * A recorded notification. Never carries the phone number.
 */
export interface Notification {
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
   * Customer id (UUID).
   */
  customerId?: string;
  /**
   * The notifier that delivered it, e.g. "sms" or "log".
   */
  channel?: string;
  /**
   * When it was sent.
   */
  sentAt?: _google_protobuf_Timestamp | null;
}

/**
 * A recorded notification. Never carries the phone number.
 */
export interface Notification__Output {
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
   * Customer id (UUID).
   */
  customerId: string;
  /**
   * The notifier that delivered it, e.g. "sms" or "log".
   */
  channel: string;
  /**
   * When it was sent.
   */
  sentAt: _google_protobuf_Timestamp__Output | null;
}
