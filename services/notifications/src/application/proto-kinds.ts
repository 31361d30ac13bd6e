import type { notifications } from '@mallbots/contracts';
import { NotificationKind } from '../domain/notification.ts';

/** Domain kind -> proto enum value (NotificationSent, the gRPC API). */
export const KIND_TO_PROTO = {
  [NotificationKind.OrderCreated]: 'NOTIFICATION_KIND_ORDER_CREATED',
  [NotificationKind.OrderCanceled]: 'NOTIFICATION_KIND_ORDER_CANCELED',
  [NotificationKind.OrderReady]: 'NOTIFICATION_KIND_ORDER_READY',
  [NotificationKind.OrderApproved]: 'NOTIFICATION_KIND_ORDER_APPROVED',
} as const satisfies Record<NotificationKind, notifications.NotificationKind__Output>;
