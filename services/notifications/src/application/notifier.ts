/**
 * The notifier port: how a notification reaches the customer. Adapters live in src/notifiers/ (a log sink, and
 * an SMS gateway over HTTP), one chosen by configuration.
 *
 * Contract: `send` resolves once the notification was handed over. It throws RetryLater when trying again later
 * may succeed (nothing was delivered, or the outcome is unknown), and a DomainError when the notification can never
 * be delivered as it is. Implementations must not log the phone number (at most `maskPhone`), the text, or any
 * credential.
 */
import type { NotificationKind } from '../domain/notification.ts';

export interface OutgoingNotification {
  id: string;
  kind: NotificationKind;
  orderId: string;
  customerId: string;
  /** The customer's SMS number (personal data). */
  to: string;
  text: string;
  /** Stable across retries of the same notification (order id + kind): lets a gateway drop duplicates. */
  idempotencyKey: string;
}

export interface Notifier {
  /** Recorded with each notification, e.g. "log" or "sms". */
  readonly channel: string;
  send(notification: OutgoingNotification): Promise<void>;
}
