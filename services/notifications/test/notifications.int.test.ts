/**
 * notifications with the default log notifier: order events and Notify* RPCs send one notification per order and
 * kind, recorded and listed, with NotificationSent published; the contact cache follows customer events with a
 * GetCustomer fallback (fake customers peer); bad input, unknown customers and an unreachable peer.
 */
import { describe, it, expect, beforeAll, afterAll, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { topologyNames } from '@mallbots/am';
import { queueDepth } from '@mallbots/am/testing';
import { Names } from '@mallbots/contracts';
import { SVC, eventually, startHarness, type ApiNotification, type Harness } from './harness.ts';

jest.setTimeout(20_000);

describe('notifications service (log notifier)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('notifications');
  });
  afterAll(async () => {
    await h.stop();
  });

  const list = async (req: Record<string, unknown>): Promise<ApiNotification[]> =>
    (await h.call('ListNotifications', req)).notifications as ApiNotification[];
  const register = (name: string, smsNumber: string): Promise<string> => h.register(name, smsNumber);
  const order = (customerId: string) => ({ id: randomUUID(), customerId, paymentId: randomUUID() });

  it('is discoverable through reflection and reports ready', async () => {
    expect(await h.client.listServices()).toContain(SVC);
    expect(await h.client.call('grpc.health.v1.Health/Check', { service: '' })).toEqual({ status: 'SERVING' });
    expect((await fetch(`http://127.0.0.1:${h.svc.httpPort}/readyz`)).status).toBe(200);
  });

  it('notifies once per order and kind, whatever path and however often it is asked', async () => {
    const customer = await register('Ada', '+15550100');
    const o = order(customer);
    const messageId = randomUUID();
    const created = { ...o, items: [{ storeId: randomUUID(), productId: randomUUID(), price: 1, quantity: 1 }], version: 1 };
    await h.publish(Names.ordering.OrderCreated, created, { messageId });
    const [n] = await eventually(async () => {
      const l = await list({ order_id: o.id });
      return l.length === 1 ? l : undefined;
    });
    expect(n).toMatchObject({ kind: 'NOTIFICATION_KIND_ORDER_CREATED', order_id: o.id, customer_id: customer, channel: 'log' });
    expect(Object.keys(n!).sort()).toEqual(['channel', 'customer_id', 'id', 'kind', 'order_id', 'sent_at']);

    // the same message again, the same fact under a new message id, and the RPC: all no-ops
    await h.publish(Names.ordering.OrderCreated, created, { messageId });
    await h.publish(Names.ordering.OrderCreated, created);
    expect(await h.call('NotifyOrderCreated', { order_id: o.id, customer_id: customer })).toEqual({});
    // concurrent RPCs for a new kind: exactly one wins
    await Promise.all(Array.from({ length: 5 }, () => h.call('NotifyOrderReady', { order_id: o.id, customer_id: customer })));
    const marker = order(customer);
    await h.publish(Names.ordering.OrderApproved, { ...marker, shoppingId: randomUUID(), version: 2 });
    await eventually(async () => ((await list({ order_id: marker.id })).length === 1 ? true : undefined));
    await eventually(async () => (h.sent.some((s) => s.orderId === marker.id) ? true : undefined));

    const mine = await list({ order_id: o.id });
    expect(mine.map((x) => x.kind).sort()).toEqual(['NOTIFICATION_KIND_ORDER_CREATED', 'NOTIFICATION_KIND_ORDER_READY']);
    const published = h.sent.filter((s) => s.orderId === o.id);
    expect(published.map((s) => s.kind).sort()).toEqual(['NOTIFICATION_KIND_ORDER_CREATED', 'NOTIFICATION_KIND_ORDER_READY']);
    expect(published.find((s) => s.kind === 'NOTIFICATION_KIND_ORDER_CREATED')).toEqual({
      id: n!.id,
      kind: 'NOTIFICATION_KIND_ORDER_CREATED',
      orderId: o.id,
      customerId: customer,
    });
  });

  it('follows all four order events, and lists newest first, by customer and order, bounded by limit', async () => {
    const customer = await register('Grace', '+15550111');
    const o = order(customer);
    await h.publish(Names.ordering.OrderCreated, {
      ...o,
      items: [{ storeId: randomUUID(), productId: randomUUID(), price: 1, quantity: 1 }],
      version: 1,
    });
    await eventually(async () => ((await list({ order_id: o.id })).length === 1 ? true : undefined));
    await h.publish(Names.ordering.OrderApproved, { ...o, shoppingId: randomUUID(), version: 2 });
    await eventually(async () => ((await list({ order_id: o.id })).length === 2 ? true : undefined));
    await h.publish(Names.ordering.OrderReadied, { ...o, total: 1, version: 3 });
    await eventually(async () => ((await list({ order_id: o.id })).length === 3 ? true : undefined));
    const o2 = order(customer);
    await h.call('NotifyOrderCanceled', { order_id: o2.id, customer_id: customer });
    await h.publish(Names.ordering.OrderCanceled, { ...o2, version: 2 });

    const all = await list({ customer_id: customer });
    expect(all.map((n) => [n.order_id, n.kind])).toEqual([
      [o2.id, 'NOTIFICATION_KIND_ORDER_CANCELED'],
      [o.id, 'NOTIFICATION_KIND_ORDER_READY'],
      [o.id, 'NOTIFICATION_KIND_ORDER_APPROVED'],
      [o.id, 'NOTIFICATION_KIND_ORDER_CREATED'],
    ]);
    expect((await list({ customer_id: customer, limit: 2 })).map((n) => n.kind)).toEqual([
      'NOTIFICATION_KIND_ORDER_CANCELED',
      'NOTIFICATION_KIND_ORDER_READY',
    ]);
    expect(await list({ customer_id: customer, order_id: o2.id })).toHaveLength(1);
    expect(await list({ customer_id: randomUUID() })).toEqual([]);
    expect((await list({})).length).toBeLessThanOrEqual(20);
    expect(JSON.stringify(all)).not.toContain('5550111');
  });

  it('keeps the contact cache current from CustomerSmsChanged, ignoring an older change that arrives late', async () => {
    const customer = await register('Katherine', '+15550122');
    const number = async () =>
      (await h.sql<{ sms_number: string }>('select sms_number from notifications.customers_cache where id = ?', [customer]))[0]
        ?.sms_number;
    await h.publish(Names.customers.CustomerSmsChanged, { id: customer, smsNumber: '+1 555 0133' });
    await eventually(async () => ((await number()) === '+15550133' ? true : undefined));
    await h.publish(
      Names.customers.CustomerSmsChanged,
      { id: customer, smsNumber: '+15550144' },
      { timestamp: new Date(Date.now() - 3_600_000) },
    );
    const marker = await register('Marker', '+15550155');
    expect(marker).toBeDefined();
    expect(await number()).toBe('+15550133');
    const names = await h.sql<{ name: string }>('select name from notifications.customers_cache where id = ?', [customer]);
    expect(names).toEqual([{ name: 'Katherine' }]);
  });

  it('asks customers when the cache has no entry, and caches the answer', async () => {
    const customer = randomUUID();
    h.customers.known.set(customer, { name: 'Dorothy', smsNumber: '+15550166' });
    const o = order(customer);
    await h.publish(Names.ordering.OrderApproved, { ...o, shoppingId: randomUUID(), version: 2 });
    await eventually(async () => ((await list({ order_id: o.id })).length === 1 ? true : undefined));
    expect(h.customers.calls.filter((c) => c === customer)).toHaveLength(1);
    expect(await h.sql('select name, sms_number from notifications.customers_cache where id = ?', [customer])).toEqual([
      { name: 'Dorothy', sms_number: '+15550166' },
    ]);
    await h.call('NotifyOrderReady', { order_id: o.id, customer_id: customer });
    expect(h.customers.calls.filter((c) => c === customer)).toHaveLength(1);
  });

  it('answers NOT_FOUND for an unknown customer (and dead-letters such an event), UNAVAILABLE while customers is down', async () => {
    const unknown = randomUUID();
    const o = order(unknown);
    expect(await h.failure('NotifyOrderCreated', { order_id: o.id, customer_id: unknown })).toEqual({
      code: 5,
      details: `customer ${unknown} not found`,
    });
    const dlq = topologyNames(h.env.namespace).dlq('notifications.ordering-events');
    const before = await queueDepth(h.env.rabbitmqUrl, dlq);
    await h.publish(Names.ordering.OrderCanceled, { ...o, version: 2 });
    await h.publish(Names.ordering.OrderCanceled, { ...o, id: 'not-a-uuid', version: 2 });
    await eventually(async () => ((await queueDepth(h.env.rabbitmqUrl, dlq)) === before + 2 ? true : undefined));
    expect(await list({ order_id: o.id })).toEqual([]);

    const flaky = randomUUID();
    h.customers.known.set(flaky, { name: 'Mary', smsNumber: '+15550177' });
    h.customers.failNext = 1;
    const o2 = order(flaky);
    const down = await h.failure('NotifyOrderReady', { order_id: o2.id, customer_id: flaky });
    expect(down.code).toBe(14);
    expect(down.details).toMatch(/^customers\.GetCustomer: .*; retry later$/);
    expect(await list({ order_id: o2.id })).toEqual([]); // the claim rolled back with the failure
    expect(await h.call('NotifyOrderReady', { order_id: o2.id, customer_id: flaky })).toEqual({});
    expect(await list({ order_id: o2.id })).toHaveLength(1);
  });

  it('rejects bad input on every RPC with INVALID_ARGUMENT naming the field', async () => {
    const good = randomUUID();
    for (const m of ['NotifyOrderCreated', 'NotifyOrderCanceled', 'NotifyOrderReady', 'NotifyOrderApproved']) {
      expect(await h.failure(m, { order_id: '', customer_id: good })).toEqual({ code: 3, details: 'order_id cannot be blank' });
      expect(await h.failure(m, { order_id: 'x1', customer_id: good })).toEqual({
        code: 3,
        details: 'order_id must be a UUID, got "x1"',
      });
      expect(await h.failure(m, { order_id: good, customer_id: '' })).toEqual({
        code: 3,
        details: 'customer_id cannot be blank',
      });
      expect(await h.failure(m, { order_id: good, customer_id: 'nope' })).toEqual({
        code: 3,
        details: 'customer_id must be a UUID, got "nope"',
      });
    }
    expect(await h.failure('ListNotifications', { customer_id: 'x' })).toEqual({
      code: 3,
      details: 'customer_id must be a UUID, got "x"',
    });
    expect(await h.failure('ListNotifications', { order_id: 'y' })).toEqual({
      code: 3,
      details: 'order_id must be a UUID, got "y"',
    });
    expect(await h.failure('ListNotifications', { limit: 101 })).toEqual({ code: 3, details: 'limit must be at most 100' });
    expect(await h.failure('ListNotifications', { limit: -1 })).toEqual({ code: 3, details: 'limit cannot be negative' });
    expect(await list({ limit: 100 })).toBeDefined(); // still serving
  });
});
