/**
 * notifications with NOTIFIER=sms-gateway against a real HTTP server on 127.0.0.1 standing in for the gateway:
 * the POST it receives (number, text, token, idempotency key), retries after a gateway error (nothing lost,
 * nothing sent twice to the log), UNAVAILABLE / FAILED_PRECONDITION on the RPC path, a timeout, and a number change
 * reaching the gateway.
 */
import { describe, it, expect, beforeAll, afterAll, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Names } from '@mallbots/contracts';
import { eventually, startHarness, type ApiNotification, type Harness } from './harness.ts';

jest.setTimeout(25_000);

interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: { to: string; text: string; reference: string };
}

describe('notifications service (SMS gateway notifier)', () => {
  let h: Harness;
  let gateway: Server;
  const received: Received[] = [];
  /** Statuses to answer with, in order; 200 once empty; 0 = never answer. */
  const answers: number[] = [];

  beforeAll(async () => {
    gateway = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        received.push({
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          body: JSON.parse(raw) as Received['body'],
        });
        const status = answers.shift() ?? 200;
        if (status === 0) return; // hang: the notifier's timeout must fire
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: status < 300 }));
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const { port } = gateway.address() as { port: number };
    h = await startHarness('notifications-sms', {
      NOTIFIER: 'sms-gateway',
      SMS_GATEWAY_URL: `http://127.0.0.1:${port}/v1/sms`,
      SMS_GATEWAY_TOKEN: 'test-token-123',
      SMS_GATEWAY_TIMEOUT_MS: '500',
    });
  });
  afterAll(async () => {
    await h.stop();
    gateway.closeAllConnections();
    await new Promise((resolve) => gateway.close(resolve));
  });

  const list = async (orderId: string): Promise<ApiNotification[]> =>
    (await h.call('ListNotifications', { order_id: orderId })).notifications as ApiNotification[];
  const register = (name: string, smsNumber: string): Promise<string> => h.register(name, smsNumber);
  const forOrder = (orderId: string) => received.filter((r) => r.body.reference.startsWith(orderId));

  it('POSTs each notification to the gateway with the number, the text, the token and an idempotency key', async () => {
    const customer = await register('Ada Lovelace', '+1 (555) 010-0100');
    const orderId = randomUUID();
    await h.publish(Names.ordering.OrderCreated, {
      id: orderId,
      customerId: customer,
      paymentId: randomUUID(),
      items: [{ storeId: randomUUID(), productId: randomUUID(), price: 3, quantity: 1 }],
      version: 1,
    });
    const [n] = await eventually(async () => {
      const l = await list(orderId);
      return l.length === 1 ? l : undefined;
    });
    expect(n).toMatchObject({ kind: 'NOTIFICATION_KIND_ORDER_CREATED', channel: 'sms' });
    const [post] = forOrder(orderId);
    expect(post).toMatchObject({
      method: 'POST',
      path: '/v1/sms',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer test-token-123',
        'idempotency-key': `${orderId}:order_created`,
      },
      body: {
        to: '+15550100100',
        reference: `${orderId}:order_created`,
        text: `Hi Ada Lovelace, we received your MallBots order ${orderId.replace(/-/g, '').slice(0, 8).toUpperCase()}. We will text you when it is ready for pickup.`,
      },
    });
    await eventually(async () => (h.sent.some((s) => s.orderId === orderId) ? true : undefined));
  });

  it('retries an event after a gateway error: delivered in the end, recorded and published once', async () => {
    const customer = await register('Grace', '+15550111');
    const orderId = randomUUID();
    answers.push(503);
    await h.publish(Names.ordering.OrderReadied, {
      id: orderId,
      customerId: customer,
      paymentId: randomUUID(),
      total: 3,
      version: 3,
    });
    await eventually(async () => ((await list(orderId)).length === 1 ? true : undefined), 15_000);
    const posts = forOrder(orderId);
    expect(posts).toHaveLength(2);
    expect(posts.map((p) => p.headers['idempotency-key'])).toEqual([`${orderId}:order_ready`, `${orderId}:order_ready`]);
    await eventually(async () => (h.sent.some((s) => s.orderId === orderId) ? true : undefined));
    await new Promise((r) => setTimeout(r, 200));
    expect(h.sent.filter((s) => s.orderId === orderId)).toHaveLength(1);
  });

  it('answers UNAVAILABLE on a gateway error or timeout and FAILED_PRECONDITION on a refusal; nothing is recorded then', async () => {
    const customer = await register('Katherine', '+15550122');
    const orderId = randomUUID();
    const req = { order_id: orderId, customer_id: customer };
    answers.push(500);
    expect(await h.failure('NotifyOrderApproved', req)).toEqual({
      code: 14,
      details: 'the SMS gateway answered 500; retry later',
    });
    answers.push(0);
    expect(await h.failure('NotifyOrderApproved', req)).toEqual({
      code: 14,
      details: 'the SMS gateway did not answer within 500 ms; retry later',
    });
    answers.push(400);
    expect(await h.failure('NotifyOrderApproved', req)).toEqual({
      code: 9,
      details: 'the SMS gateway refused the notification (status 400)',
    });
    expect(await list(orderId)).toEqual([]);
    expect(await h.call('NotifyOrderApproved', req)).toEqual({});
    expect(await list(orderId)).toHaveLength(1);
    expect(forOrder(orderId)).toHaveLength(4);
  });

  it('sends to the new number after CustomerSmsChanged', async () => {
    const customer = await register('Dorothy', '+15550133');
    await h.publish(Names.customers.CustomerSmsChanged, { id: customer, smsNumber: '+15550144' });
    await eventually(async () => {
      const rows = await h.sql<{ sms_number: string }>('select sms_number from notifications.customers_cache where id = ?', [
        customer,
      ]);
      return rows[0]?.sms_number === '+15550144' ? true : undefined;
    });
    const orderId = randomUUID();
    await h.call('NotifyOrderCanceled', { order_id: orderId, customer_id: customer });
    expect(forOrder(orderId).map((p) => p.body.to)).toEqual(['+15550144']);
  });
});
