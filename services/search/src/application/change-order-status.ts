import type { UnitOfWork } from '@mallbots/tm';
import { supersedes, type OrderStatus } from '../domain/order-view.ts';
import type { OrderViewRepository } from '../persistence/order-view.repository.ts';
import { RetryLater } from './retry-later.ts';

export interface StatusFact {
  orderId: string;
  status: OrderStatus;
  /** Order aggregate version after the change the event announces. */
  version: number;
}

/**
 * OrderApproved/Rejected/Canceled/Readied/Completed: moves the order to the event's status if the event is newer
 * than what the read model holds ('applied'), else changes nothing ('stale': a redelivery, or an event overtaken
 * by a later one). The row is locked while deciding, so two events of one order cannot interleave.
 *
 * An event for an order the read model does not have yet overtook its OrderCreated (concurrent consumers,
 * retries): RetryLater rolls back and lib/am redelivers it with backoff, by which time the order is usually there.
 */
export async function changeOrderStatus(
  orders: OrderViewRepository,
  uow: UnitOfWork,
  fact: StatusFact,
): Promise<'applied' | 'stale'> {
  const [current] = await uow.readAll([orders.lockVersionRead(fact.orderId)] as const);
  if (current === undefined) throw new RetryLater(`order ${fact.orderId} is not in the read model yet`);
  if (!supersedes(fact.version, current)) return 'stale';
  orders.setStatus(uow, fact.orderId, fact.status, fact.version);
  return 'applied';
}
