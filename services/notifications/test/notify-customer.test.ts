import { describe, it, expect } from '@jest/globals';
import type { EntityManager } from '@mallbots/db';
import { NotFound } from '@mallbots/rpc/errors';
import type { OutgoingMessage, UnitOfWork } from '@mallbots/tm';
import type { Notifier, OutgoingNotification } from '../src/application/notifier.ts';
import { notifyCustomer, type NotifyDeps } from '../src/application/notify-customer.ts';
import type { Contact, ContactBook, CustomerPeer, SentLog } from '../src/application/ports.ts';
import { RetryLater } from '../src/application/retry-later.ts';
import type { Notification } from '../src/domain/notification.ts';

const ORDER = 'c0000000-0000-4000-8000-000000000001';
const CUSTOMER = 'd0000000-0000-4000-8000-000000000001';

/** In-memory ports; `uow()` collects what the use case publishes. Rolled-back claims are modelled by `failNext`. */
function world() {
  const sent: OutgoingNotification[] = [];
  const published: OutgoingMessage[] = [];
  const log: Notification[] = [];
  const contacts = new Map<string, Contact>();
  const peerContacts = new Map<string, Contact>();
  const peerCalls: string[] = [];
  const readBatches: string[][] = [];
  const state = { notifierFails: false };
  // the fakes' reads do their work when the fake unit of work maps them, in the order given
  const sentLog: SentLog = {
    claimRead: (n) => ({
      sql: 'claim',
      params: [],
      map: () => {
        if (log.some((x) => x.orderId === n.orderId && x.kind === n.kind)) return undefined;
        const rec = { ...n, sentAt: new Date() };
        log.push(rec);
        return rec;
      },
    }),
    list: async () => log,
  };
  const book: ContactBook = {
    findRead: (id) => ({ sql: 'find', params: [], map: () => contacts.get(id) }),
    remember: async (_em, c) => void contacts.set(c.id, c),
  };
  const peer: CustomerPeer = {
    customer: async (id) => {
      peerCalls.push(id);
      return peerContacts.get(id);
    },
  };
  const notifier: Notifier = {
    channel: 'test',
    send: async (n) => {
      if (state.notifierFails) throw new RetryLater('gateway down');
      sent.push(n);
    },
  };
  const deps: NotifyDeps = { sentLog, contacts: book, peer, notifier };
  const uow = (): UnitOfWork => ({
    em: {} as EntityManager,
    incoming: undefined,
    readAll: async (reads) => {
      readBatches.push(reads.map((r) => r.sql));
      return reads.map((r) => r.map([])) as never;
    },
    publish: (m) => void published.push(m as never),
    write: () => {
      throw new Error('notifyCustomer queues no writes');
    },
    afterCommit: () => {
      throw new Error('notifyCustomer needs no after-commit hooks');
    },
  });
  return { sent, published, log, contacts, peerContacts, peerCalls, readBatches, state, deps, uow };
}

describe('notifyCustomer', () => {
  it('sends, records and publishes NotificationSent once per order and kind', async () => {
    const w = world();
    w.contacts.set(CUSTOMER, { id: CUSTOMER, name: 'Ada', smsNumber: '+15550100' });
    const first = await notifyCustomer(w.deps, w.uow(), { kind: 'order_created', orderId: ORDER, customerId: CUSTOMER });
    expect(first).toMatchObject({ kind: 'order_created', orderId: ORDER, customerId: CUSTOMER, channel: 'test' });
    expect(w.sent).toHaveLength(1);
    expect(w.sent[0]).toMatchObject({
      id: first!.id,
      to: '+15550100',
      idempotencyKey: `${ORDER}:order_created`,
      text: expect.stringContaining('Hi Ada, we received your MallBots order C0000000'),
    });
    expect(w.published).toEqual([
      {
        kind: 'event',
        name: 'mallbots.notifications.v1.NotificationSent',
        payload: { id: first!.id, kind: 'NOTIFICATION_KIND_ORDER_CREATED', orderId: ORDER, customerId: CUSTOMER },
        aggregateId: ORDER,
      },
    ]);

    // the same fact again (redelivery, or the RPC after the event): nothing sent, nothing published
    expect(
      await notifyCustomer(w.deps, w.uow(), { kind: 'order_created', orderId: ORDER, customerId: CUSTOMER }),
    ).toBeUndefined();
    expect(w.sent).toHaveLength(1);
    expect(w.published).toHaveLength(1);

    // another kind for the same order is another notification
    await notifyCustomer(w.deps, w.uow(), { kind: 'order_ready', orderId: ORDER, customerId: CUSTOMER });
    expect(w.sent.map((n) => n.kind)).toEqual(['order_created', 'order_ready']);
    expect(w.log).toHaveLength(2);
    expect(w.peerCalls).toEqual([]);
    // each notification claims and looks up the contact in one batch (one round trip), the claim first
    expect(w.readBatches).toEqual([
      ['claim', 'find'],
      ['claim', 'find'],
      ['claim', 'find'],
    ]);
  });

  it('asks customers on a cache miss, or when the cache has no number yet, and caches the answer', async () => {
    const w = world();
    w.contacts.set(CUSTOMER, { id: CUSTOMER, name: 'Ada', smsNumber: '' });
    w.peerContacts.set(CUSTOMER, { id: CUSTOMER, name: 'Ada', smsNumber: '+15550199' });
    await notifyCustomer(w.deps, w.uow(), { kind: 'order_approved', orderId: ORDER, customerId: CUSTOMER });
    expect(w.peerCalls).toEqual([CUSTOMER]);
    expect(w.sent[0]!.to).toBe('+15550199');
    expect(w.contacts.get(CUSTOMER)!.smsNumber).toBe('+15550199');
  });

  it('fails with NOT_FOUND for a customer that customers does not know', async () => {
    const w = world();
    await expect(notifyCustomer(w.deps, w.uow(), { kind: 'order_ready', orderId: ORDER, customerId: CUSTOMER })).rejects.toThrow(
      new NotFound(`customer ${CUSTOMER} not found`),
    );
    expect(w.published).toEqual([]);
  });

  it('lets a notifier failure propagate (so the unit of work rolls back and is retried) and publishes nothing', async () => {
    const w = world();
    w.contacts.set(CUSTOMER, { id: CUSTOMER, name: 'Ada', smsNumber: '+15550100' });
    w.state.notifierFails = true;
    await expect(
      notifyCustomer(w.deps, w.uow(), { kind: 'order_canceled', orderId: ORDER, customerId: CUSTOMER }),
    ).rejects.toBeInstanceOf(RetryLater);
    expect(w.sent).toEqual([]);
    expect(w.published).toEqual([]);
  });
});
