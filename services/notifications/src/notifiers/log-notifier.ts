/**
 * The default notifier: a log sink. It "sends" by writing one structured log line per notification, with the
 * phone number masked and without the text. What was sent is queryable through ListNotifications, because the
 * use case records every notification in the sent log whichever notifier delivers it.
 */
import type { Logger } from '@mallbots/telemetry';
import type { Notifier, OutgoingNotification } from '../application/notifier.ts';
import { maskPhone } from '../domain/notification.ts';

export class LogNotifier implements Notifier {
  readonly channel = 'log';
  readonly #logger: Logger;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  async send(n: OutgoingNotification): Promise<void> {
    this.#logger.info(
      {
        notificationId: n.id,
        kind: n.kind,
        orderId: n.orderId,
        customerId: n.customerId,
        to: maskPhone(n.to),
        channel: this.channel,
      },
      'notification sent',
    );
  }
}
