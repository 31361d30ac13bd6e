/**
 * gRPC adapter of notifications: validates each request, runs one use case in a unit of work and maps the result.
 * The four Notify* RPCs take the same path as the order events (idempotent per order and kind: a repeated call
 * answers OK and sends nothing). RetryLater (customers or the SMS gateway unreachable) becomes UNAVAILABLE; domain
 * errors become their status codes in lib/rpc. Responses never carry a phone number.
 */
import { Services, toTimestamp, type notifications } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { Unavailable } from '@mallbots/rpc/errors';
import { grpcService } from '@mallbots/runtime';
import type { Logger } from '@mallbots/telemetry';
import type { TransactionManager } from '@mallbots/tm';
import { MAX_LIST_LIMIT, listNotifications } from '../application/list-notifications.ts';
import { notifyCustomer, type NotifyDeps } from '../application/notify-customer.ts';
import type { SentLog } from '../application/ports.ts';
import { KIND_TO_PROTO } from '../application/proto-kinds.ts';
import { RetryLater } from '../application/retry-later.ts';
import { NotificationKind, type Notification } from '../domain/notification.ts';

function toProto(n: Notification): notifications.Notification {
  return {
    id: n.id,
    kind: KIND_TO_PROTO[n.kind],
    orderId: n.orderId,
    customerId: n.customerId,
    channel: n.channel,
    sentAt: toTimestamp(n.sentAt),
  };
}

export function notificationsGrpc(deps: NotifyDeps & { tm: TransactionManager; sentLog: SentLog; logger: Logger }) {
  const { tm } = deps;
  const notify =
    (kind: NotificationKind) =>
    async (req: { orderId: string; customerId: string }): Promise<Record<string, never>> => {
      const orderId = validate.requiredId(req.orderId, 'order_id');
      const customerId = validate.requiredId(req.customerId, 'customer_id');
      try {
        await tm.run((uow) => notifyCustomer(deps, uow, { kind, orderId, customerId }));
      } catch (err) {
        if (err instanceof RetryLater) throw new Unavailable(`${err.message}; retry later`);
        throw err;
      }
      return {};
    };
  return grpcService(
    Services.notifications,
    {
      NotifyOrderCreated: notify(NotificationKind.OrderCreated),
      NotifyOrderCanceled: notify(NotificationKind.OrderCanceled),
      NotifyOrderReady: notify(NotificationKind.OrderReady),
      NotifyOrderApproved: notify(NotificationKind.OrderApproved),
      ListNotifications: async (req) => {
        const customerId = validate.optionalId(req.customerId, 'customer_id');
        const orderId = validate.optionalId(req.orderId, 'order_id');
        const limit = validate.integer(req.limit, 'limit', { min: 0, max: MAX_LIST_LIMIT });
        const list = await tm.run((uow) => listNotifications(deps.sentLog, uow, { customerId, orderId, limit }));
        return { notifications: list.map(toProto) };
      },
    },
    deps.logger,
  );
}
