import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { Headers, createEnvelope, type Broker, type Envelope } from '@mallbots/am';

import { Names, decodeMessage, encodeMessage } from '@mallbots/contracts';
import type { ReflectionClient } from '@mallbots/rpc/testing';
import { startServiceUnderTest, type ServiceUnderTest, grpcError, eventually as waitUntil } from '@mallbots/runtime/testing';
import type { RunningService } from '@mallbots/runtime';
import { customersService } from '../src/module.ts';

const SVC = 'mallbots.customers.v1.CustomersService';

describe('customers service (gRPC + PostgreSQL + RabbitMQ)', () => {
  let t: ServiceUnderTest;
  let svc: RunningService;
  let client: ReflectionClient;
  let observer: Broker;
  const seen: Envelope[] = [];
  const replies: Envelope[] = [];

  beforeAll(async () => {
    t = await startServiceUnderTest(customersService, {
      observe: [
        { queue: 'observer', exchange: 'events', routingKey: 'mallbots.customers.v1.#', onMessage: (e) => seen.push(e) },
        { queue: 'observer-replies', exchange: 'replies', routingKey: 'test.replies', onMessage: (e) => replies.push(e) },
      ],
    });
    ({ svc, client, broker: observer } = t);
  });
  afterAll(async () => {
    await t.close();
  });

  const call = (m: string, req: Record<string, unknown>) => client.call(`${SVC}/${m}`, req);
  const code = (m: string, req: Record<string, unknown>) => grpcError(call(m, req), m);
  const eventually = (pred: () => boolean | Promise<boolean>, ms = 5000): Promise<void> => waitUntil(pred, ms, 20);

  it('is discoverable through reflection, including health', async () => {
    const services = await client.listServices();
    expect(services).toContain(SVC);
    expect(services).toContain('grpc.health.v1.Health');
    expect(await client.call('grpc.health.v1.Health/Check', { service: '' })).toEqual({ status: 'SERVING' });
  });

  it('registers, reads, disables, enables and authorizes a customer, publishing each change', async () => {
    const { id } = (await call('RegisterCustomer', { name: ' Ada Lovelace ', sms_number: '+1 555 0100' })) as { id: string };
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await call('GetCustomer', { id })).toEqual({
      customer: { id, name: 'Ada Lovelace', sms_number: '+15550100', enabled: true },
    });

    await call('AuthorizeCustomer', { id });
    await call('DisableCustomer', { id });
    expect(await code('AuthorizeCustomer', { id })).toEqual({ code: 7, details: 'customer is not authorized' });
    expect(await code('DisableCustomer', { id })).toEqual({ code: 9, details: 'the customer is already disabled' });
    await call('EnableCustomer', { id });
    await call('ChangeSmsNumber', { id, sms_number: '+15550199' });
    expect(((await call('GetCustomer', { id })).customer as { sms_number: string }).sms_number).toBe('+15550199');

    await eventually(() => seen.filter((e) => e.correlationId !== undefined).length >= 4);
    const mine = seen
      .map((e) => ({ name: e.name, payload: decodeMessage(e.name as never, e.payload) as { id: string } }))
      .filter((e) => e.payload.id === id);
    expect(mine.map((e) => e.name)).toEqual([
      Names.customers.CustomerRegistered,
      Names.customers.CustomerDisabled,
      Names.customers.CustomerEnabled,
      Names.customers.CustomerSmsChanged,
    ]);
    expect(mine[0]!.payload).toEqual({ id, name: 'Ada Lovelace', smsNumber: '+15550100' });
  });

  it('rejects bad input with INVALID_ARGUMENT naming the field, and unknown ids with NOT_FOUND', async () => {
    expect(await code('RegisterCustomer', { name: '   ', sms_number: '+15550100' })).toEqual({
      code: 3,
      details: 'name cannot be blank',
    });
    expect(await code('RegisterCustomer', { name: 'x'.repeat(201), sms_number: '+15550100' })).toEqual({
      code: 3,
      details: 'name must be at most 200 characters',
    });
    expect(await code('RegisterCustomer', { name: 'Bob', sms_number: 'call me' })).toEqual({
      code: 3,
      details: 'sms_number must be a phone number of 7 to 15 digits',
    });
    expect(await code('GetCustomer', { id: '' })).toEqual({ code: 3, details: 'id cannot be blank' });
    expect(await code('GetCustomer', { id: 'not-a-uuid' })).toEqual({ code: 3, details: 'id must be a UUID, got "not-a-uuid"' });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await code('EnableCustomer', { id: unknown })).toEqual({ code: 5, details: `customer ${unknown} not found` });
    // the service is still up after all of that
    expect((await call('RegisterCustomer', { name: 'Bob', sms_number: '5550100200' })).id).toBeDefined();
  });

  it('answers a request that does not decode with INVALID_ARGUMENT, not INTERNAL', async () => {
    const grpc = await import('@grpc/grpc-js');
    const raw = new grpc.Client(`127.0.0.1:${svc.grpcPort}`, grpc.credentials.createInsecure());
    try {
      // field 1 (name, a string) sent as a 64-bit fixed value: not a valid RegisterCustomerRequest
      const bytes = Buffer.from([0x09, 1, 2, 3, 4, 5, 6, 7, 8, 0x12, 0xff]);
      const err = await new Promise<{ code: number; details: string }>((resolve) =>
        raw.makeUnaryRequest(
          `/${SVC}/RegisterCustomer`,
          (b: Buffer) => b,
          (b: Buffer) => b,
          bytes,
          (e) => resolve(e as never),
        ),
      );
      expect(err.code).toBe(3);
      expect(err.details).toMatch(/^malformed request/);
    } finally {
      raw.close();
    }
  });

  it('reports ready on /readyz and live on /livez', async () => {
    expect((await fetch(`http://127.0.0.1:${svc.httpPort}/readyz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${svc.httpPort}/livez`)).status).toBe(200);
  });

  it('answers the AuthorizeCustomer saga command: Success, or Failure with the reason; once per message', async () => {
    const { id } = (await call('RegisterCustomer', { name: 'Grace', sms_number: '+15550111' })) as { id: string };
    const disabled = ((await call('RegisterCustomer', { name: 'Dis', sms_number: '+15550112' })) as { id: string }).id;
    await call('DisableCustomer', { id: disabled });
    const command = (customerId: string, sagaId: string) =>
      createEnvelope({
        name: Names.customers.AuthorizeCustomer,
        payload: encodeMessage(Names.customers.AuthorizeCustomer, { id: customerId }),
        headers: {
          [Headers.ReplyChannel]: 'test.replies',
          [Headers.SagaId]: sagaId,
          [Headers.SagaName]: 'test.Saga',
          'x-saga-step': '1',
        },
      });
    const ok = command(id, 'saga-ok');
    await observer.publish('commands', Names.customers.AuthorizeCustomer, ok);
    await observer.publish('commands', Names.customers.AuthorizeCustomer, ok); // redelivery of the same message
    await observer.publish('commands', Names.customers.AuthorizeCustomer, command(disabled, 'saga-disabled'));
    await observer.publish(
      'commands',
      Names.customers.AuthorizeCustomer,
      command('00000000-0000-4000-8000-000000000001', 'saga-unknown'),
    );
    await eventually(() => replies.length >= 3);
    await new Promise((r) => setTimeout(r, 300)); // a duplicate reply would arrive by now
    const bySaga = Object.fromEntries(
      replies.map((r) => [
        r.headers[Headers.SagaId],
        {
          name: r.name,
          outcome: r.headers[Headers.ReplyOutcome],
          step: r.headers['x-saga-step'],
          body: decodeMessage(r.name as never, r.payload),
        },
      ]),
    );
    expect(replies).toHaveLength(3);
    expect(bySaga['saga-ok']).toEqual({ name: Names.common.Success, outcome: 'SUCCESS', step: '1', body: {} });
    expect(bySaga['saga-disabled']).toEqual({
      name: Names.common.Failure,
      outcome: 'FAILURE',
      step: '1',
      body: { code: 'PERMISSION_DENIED', message: 'customer is not authorized' },
    });
    expect(bySaga['saga-unknown']?.outcome).toBe('FAILURE');
    expect(bySaga['saga-unknown']?.body).toEqual({
      code: 'NOT_FOUND',
      message: 'customer 00000000-0000-4000-8000-000000000001 not found',
    });
  });
});
