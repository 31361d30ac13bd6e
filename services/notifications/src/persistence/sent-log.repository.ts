/**
 * The sent log (`notifications`). `claimRead` is an INSERT ... ON CONFLICT (order_id, kind) DO NOTHING: a concurrent
 * transaction inserting the same pair makes it wait for that one to commit (then: nothing inserted) or roll back
 * (then: inserted here), which is what keeps one notification per order and kind.
 */
import type { EntityManager } from '@mallbots/db';
import type { Read } from '@mallbots/tm';
import type { SentLog } from '../application/ports.ts';
import { isNotificationKind, type Notification } from '../domain/notification.ts';
import { NotificationRecord } from './notification.entity.ts';

export class SentLogRepository implements SentLog {
  /** Schema-qualified: raw SQL does not go through the ORM's schema mapping. */
  readonly #table: string;

  constructor(schema: string) {
    this.#table = `"${schema}".notifications`;
  }

  claimRead(n: Omit<Notification, 'sentAt'>): Read<Notification | undefined> {
    return {
      sql: `insert into ${this.#table} (id, kind, order_id, customer_id, channel) values (?, ?, ?, ?, ?)
       on conflict (order_id, kind) do nothing
       returning sent_at`,
      params: [n.id, n.kind, n.orderId, n.customerId, n.channel],
      map: (rows) => {
        const row = rows[0] as { sent_at: Date | string } | undefined;
        return row ? { ...n, sentAt: new Date(row.sent_at) } : undefined;
      },
    };
  }

  async list(
    em: EntityManager,
    f: { customerId?: string | undefined; orderId?: string | undefined; limit: number },
  ): Promise<Notification[]> {
    const where: { customerId?: string; orderId?: string } = {};
    if (f.customerId !== undefined) where.customerId = f.customerId;
    if (f.orderId !== undefined) where.orderId = f.orderId;
    const rows = await em.find(NotificationRecord, where, { orderBy: { sentAt: 'desc', id: 'desc' }, limit: f.limit });
    return rows.map((r) => {
      if (!isNotificationKind(r.kind)) throw new Error(`unknown notification kind "${r.kind}" in the sent log`);
      return { id: r.id, kind: r.kind, orderId: r.orderId, customerId: r.customerId, channel: r.channel, sentAt: r.sentAt };
    });
  }
}
