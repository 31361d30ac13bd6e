/**
 * Customer notifications about orders.
 *
 * Rules:
 * - Four kinds, one per order event the customer hears about: created, approved, ready, cancelled.
 * - At most one notification of a kind per order: (order id, kind) identifies a notification, whichever path
 *   (event or RPC) asks for it and however often. The same key is the idempotency key given to a gateway.
 * - The text fits one SMS (160 characters): the customer's name is shortened if needed, and the order is named by
 *   a short reference (the first 8 characters of its id), not the whole id.
 * - A phone number is personal data: only its masked form (last two digits) may appear outside the notifier.
 */
export const NotificationKind = {
  OrderCreated: 'order_created',
  OrderCanceled: 'order_canceled',
  OrderReady: 'order_ready',
  OrderApproved: 'order_approved',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** A notification as recorded in the sent log. */
export interface Notification {
  id: string;
  kind: NotificationKind;
  orderId: string;
  customerId: string;
  /** The notifier that delivered it: "log" or "sms". */
  channel: string;
  sentAt: Date;
}

export const MAX_TEXT_LENGTH = 160;
const MAX_NAME_LENGTH = 40;

/** What identifies a notification across redeliveries and paths; also the gateway's idempotency key. */
export function notificationKey(orderId: string, kind: NotificationKind): string {
  return `${orderId}:${kind}`;
}

/** The short order reference customers see: the first 8 characters of the id, upper case. */
export function orderReference(orderId: string): string {
  return orderId.replace(/-/g, '').slice(0, 8).toUpperCase();
}

function greeting(customerName: string): string {
  // control characters (newlines, tabs, ...) have no place in an SMS
  const name = customerName
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (name === '') return 'Hello';
  return `Hi ${name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1).trimEnd()}…` : name}`;
}

export function notificationText(kind: NotificationKind, to: { customerName: string; orderId: string }): string {
  const hi = greeting(to.customerName);
  const ref = orderReference(to.orderId);
  switch (kind) {
    case NotificationKind.OrderCreated:
      return `${hi}, we received your MallBots order ${ref}. We will text you when it is ready for pickup.`;
    case NotificationKind.OrderApproved:
      return `${hi}, your MallBots order ${ref} was approved and our bots are shopping for it.`;
    case NotificationKind.OrderReady:
      return `${hi}, your MallBots order ${ref} is ready for pickup.`;
    case NotificationKind.OrderCanceled:
      return `${hi}, your MallBots order ${ref} was cancelled.`;
  }
}

/** A phone number safe to log: everything but the last two digits hidden. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length < 2 ? '***' : `***${digits.slice(-2)}`;
}
