// Original file: proto/mallbots/notifications/v1/api.proto

import type {
  Notification as _mallbots_notifications_v1_Notification,
  Notification__Output as _mallbots_notifications_v1_Notification__Output,
} from '../../../mallbots/notifications/v1/Notification.ts';

/**
 * Output of ListNotifications.
 */
export interface ListNotificationsResponse {
  notifications?: _mallbots_notifications_v1_Notification[];
}

/**
 * Output of ListNotifications.
 */
export interface ListNotificationsResponse__Output {
  notifications: _mallbots_notifications_v1_Notification__Output[];
}
