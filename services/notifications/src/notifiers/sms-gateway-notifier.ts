/**
 * The SMS gateway notifier: one HTTP POST per notification to a configurable URL (global fetch, with a timeout).
 *
 * Request: `POST <SMS_GATEWAY_URL>`, JSON `{ "to": "+15550100", "text": "...", "reference": "<order id>:<kind>" }`,
 * headers `Content-Type: application/json`, `Idempotency-Key: <order id>:<kind>` (the same on every retry of one
 * notification, so the gateway can drop a duplicate) and, when a token is configured, `Authorization: Bearer
 * <token>`.
 * Outcome: 2xx -> sent. Network error, timeout, 408, 429 or 5xx -> RetryLater (the message is retried with backoff,
 * the RPC answers UNAVAILABLE). Any other status -> FailedPrecondition (retrying the same request cannot help).
 * Never logged or put in an error: the phone number (masked only), the text, the token, the URL (it may carry
 * credentials).
 */
import { FailedPrecondition } from '@mallbots/rpc/errors';
import type { Logger } from '@mallbots/telemetry';
import type { Notifier, OutgoingNotification } from '../application/notifier.ts';
import { RetryLater } from '../application/retry-later.ts';
import { maskPhone } from '../domain/notification.ts';

export interface SmsGatewayOptions {
  url: string;
  token?: string | undefined;
  timeoutMs: number;
  logger: Logger;
}

const isTransient = (status: number): boolean => status === 408 || status === 429 || status >= 500;

export class SmsGatewayNotifier implements Notifier {
  readonly channel = 'sms';
  readonly #url: string;
  readonly #token: string | undefined;
  readonly #timeoutMs: number;
  readonly #logger: Logger;

  constructor(opts: SmsGatewayOptions) {
    this.#url = opts.url;
    this.#token = opts.token;
    this.#timeoutMs = opts.timeoutMs;
    this.#logger = opts.logger;
  }

  async send(n: OutgoingNotification): Promise<void> {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': n.idempotencyKey };
    if (this.#token) headers['authorization'] = `Bearer ${this.#token}`;
    const log = { notificationId: n.id, kind: n.kind, orderId: n.orderId, customerId: n.customerId, to: maskPhone(n.to) };
    let res: Response;
    try {
      res = await fetch(this.#url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ to: n.to, text: n.text, reference: n.idempotencyKey }),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      this.#logger.warn({ ...log, reason: timedOut ? 'timeout' : 'unreachable' }, 'sms gateway failed');
      throw new RetryLater(
        timedOut ? `the SMS gateway did not answer within ${this.#timeoutMs} ms` : 'the SMS gateway is unreachable',
      );
    }
    // The body is not needed; reading it releases the connection.
    await res.arrayBuffer().catch(() => undefined);
    if (res.ok) {
      this.#logger.info({ ...log, channel: this.channel, status: res.status }, 'notification sent');
      return;
    }
    this.#logger.warn({ ...log, status: res.status }, 'sms gateway refused the notification');
    if (isTransient(res.status)) throw new RetryLater(`the SMS gateway answered ${res.status}`);
    throw new FailedPrecondition(`the SMS gateway refused the notification (status ${res.status})`);
  }
}
