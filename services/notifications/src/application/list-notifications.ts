import type { UnitOfWork } from '@mallbots/tm';
import type { Notification } from '../domain/notification.ts';
import type { SentLog } from './ports.ts';

export const DEFAULT_LIST_LIMIT = 20;
export const MAX_LIST_LIMIT = 100;

/** The sent log, newest first, optionally for one customer and/or one order; at most `limit` (0 = default). */
export async function listNotifications(
  sentLog: SentLog,
  uow: UnitOfWork,
  q: { customerId?: string | undefined; orderId?: string | undefined; limit: number },
): Promise<Notification[]> {
  const limit = q.limit === 0 ? DEFAULT_LIST_LIMIT : Math.min(q.limit, MAX_LIST_LIMIT);
  return sentLog.list(uow.em, { customerId: q.customerId, orderId: q.orderId, limit });
}
