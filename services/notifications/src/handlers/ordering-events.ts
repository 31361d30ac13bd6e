/**
 * Consumer group `notifications.ordering-events` (its own queue: notifications no longer competes with search for
 * order events). OrderCreated, OrderApproved, OrderReadied and OrderCanceled each tell the customer, once per
 * order and kind (see notify-customer.ts). A malformed event is a DomainError and is dead-lettered; so is an
 * event for a customer that customers does not know. RetryLater (peer or gateway down) is retried with backoff.
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import type { MessageConsumer } from '@mallbots/runtime';
import type { UnitOfWork } from '@mallbots/tm';
import { notifyCustomer, type NotifyDeps } from '../application/notify-customer.ts';
import { NotificationKind } from '../domain/notification.ts';

export function notificationsOrderingEvents(deps: NotifyDeps): MessageConsumer {
  const notify =
    (kind: NotificationKind) =>
    async (e: { id: string; customerId: string }, uow: UnitOfWork): Promise<void> => {
      await notifyCustomer(deps, uow, {
        kind,
        orderId: validate.requiredId(e.id, 'id'),
        customerId: validate.requiredId(e.customerId, 'customer_id'),
      });
    };
  return {
    group: 'notifications.ordering-events',
    exchange: 'events',
    handlers: {
      [Names.ordering.OrderCreated]: notify(NotificationKind.OrderCreated),
      [Names.ordering.OrderApproved]: notify(NotificationKind.OrderApproved),
      [Names.ordering.OrderReadied]: notify(NotificationKind.OrderReady),
      [Names.ordering.OrderCanceled]: notify(NotificationKind.OrderCanceled),
    },
  };
}
