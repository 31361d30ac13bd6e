/**
 * Turns the events an Order just stored into integration events in the unit of work's outbox. Each carries the
 * aggregate version after the change, so consumers that keep read models can drop stale or repeated events.
 * Every domain event is published, including OrderApproved and OrderRejected (the original never sent them).
 */
import { Names } from '@mallbots/contracts';
import type { StoredEvent } from '@mallbots/es';
import type { UnitOfWork } from '@mallbots/tm';
import type { Order, OrderEvent } from '../domain/order.ts';

export function publishOrderEvents(uow: UnitOfWork, order: Order, stored: readonly StoredEvent<OrderEvent>[]): void {
  const base = { id: order.id, customerId: order.customerId, paymentId: order.paymentId };
  for (const { event: e, version } of stored) {
    const aggregateId = order.id;
    switch (e.name) {
      case 'ordering.OrderCreated':
        uow.publish({
          kind: 'event',
          name: Names.ordering.OrderCreated,
          payload: { ...base, items: e.items.map((i) => ({ ...i })), total: order.total, version },
          aggregateId,
        });
        break;
      case 'ordering.OrderRejected':
        uow.publish({ kind: 'event', name: Names.ordering.OrderRejected, payload: { ...base, version }, aggregateId });
        break;
      case 'ordering.OrderApproved':
        uow.publish({
          kind: 'event',
          name: Names.ordering.OrderApproved,
          payload: { ...base, shoppingId: e.shoppingId, version },
          aggregateId,
        });
        break;
      case 'ordering.OrderCanceled':
        uow.publish({
          kind: 'event',
          name: Names.ordering.OrderCanceled,
          payload: { ...base, shoppingId: order.shoppingId, version },
          aggregateId,
        });
        break;
      case 'ordering.OrderReadied':
        uow.publish({
          kind: 'event',
          name: Names.ordering.OrderReadied,
          payload: { ...base, total: order.total, version },
          aggregateId,
        });
        break;
      case 'ordering.OrderCompleted':
        uow.publish({
          kind: 'event',
          name: Names.ordering.OrderCompleted,
          payload: { id: order.id, customerId: order.customerId, invoiceId: e.invoiceId, version },
          aggregateId,
        });
        break;
    }
  }
}
