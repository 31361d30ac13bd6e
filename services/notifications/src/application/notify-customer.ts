import { randomUUID } from 'node:crypto';
import { Names } from '@mallbots/contracts';
import type { UnitOfWork } from '@mallbots/tm';
import { notificationKey, notificationText, type Notification, type NotificationKind } from '../domain/notification.ts';
import { resolveContact } from './resolve-contact.ts';
import type { Notifier } from './notifier.ts';
import type { ContactBook, CustomerPeer, SentLog } from './ports.ts';
import { KIND_TO_PROTO } from './proto-kinds.ts';

export interface NotifyDeps {
  sentLog: SentLog;
  contacts: ContactBook;
  peer: CustomerPeer;
  notifier: Notifier;
}

export interface NotifyRequest {
  kind: NotificationKind;
  orderId: string;
  customerId: string;
}

/**
 * Tells the customer about their order, once per (order, kind): the order events and the Notify* RPCs all come
 * here. Returns the recorded notification, or undefined when one of that kind was already sent for the order.
 *
 * Order of work, all in the caller's unit of work: claim the (order, kind) row in the sent log and read the cached
 * contact (one round trip; the read is wasted when the claim finds the row taken) -> ask customers if the cache
 * cannot tell -> send through the notifier -> write NotificationSent to the outbox. Claiming first serialises
 * concurrent deliveries of the same fact on the unique index, so only one of them sends. If anything after the
 * claim fails, the transaction (with the claim) rolls back and the caller retries; a crash between a successful
 * send and the commit can therefore send twice, which the stable idempotency key lets a gateway absorb.
 */
export async function notifyCustomer(deps: NotifyDeps, uow: UnitOfWork, req: NotifyRequest): Promise<Notification | undefined> {
  const [claimed, cached] = await uow.readAll([
    deps.sentLog.claimRead({ id: randomUUID(), ...req, channel: deps.notifier.channel }),
    deps.contacts.findRead(req.customerId),
  ] as const);
  if (!claimed) return undefined;
  const contact = await resolveContact(cached, deps.contacts, deps.peer, uow, req.customerId);
  await deps.notifier.send({
    id: claimed.id,
    kind: req.kind,
    orderId: req.orderId,
    customerId: req.customerId,
    to: contact.smsNumber,
    text: notificationText(req.kind, { customerName: contact.name, orderId: req.orderId }),
    idempotencyKey: notificationKey(req.orderId, req.kind),
  });
  uow.publish({
    kind: 'event',
    name: Names.notifications.NotificationSent,
    payload: { id: claimed.id, kind: KIND_TO_PROTO[req.kind], orderId: req.orderId, customerId: req.customerId },
    aggregateId: req.orderId,
  });
  return claimed;
}
