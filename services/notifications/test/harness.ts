/**
 * Integration-test harness of notifications: the real service on a database and broker namespace of its own, a
 * fake customers peer (a gRPC server with the real service definition implementing only GetCustomer), a publisher
 * for input events, an observer of NotificationSent, a reflection client, and clean-up of everything on `stop()`.
 */
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { Names, Services, decodeMessage, serviceDefinition, type MessageName, type MessageTypes } from '@mallbots/contracts';
import type { ReflectionClient } from '@mallbots/rpc/testing';
import type { RunningService } from '@mallbots/runtime';
import { eventuallyValue, grpcError, publishMessage, startServiceUnderTest, type TestEnv } from '@mallbots/runtime/testing';
import { notificationsService } from '../src/module.ts';

export const SVC = 'mallbots.notifications.v1.NotificationsService';

export interface FakeCustomers {
  address: string;
  known: Map<string, { name: string; smsNumber: string }>;
  calls: string[];
  /** The next `n` GetCustomer calls fail with UNAVAILABLE. */
  failNext: number;
}

export interface Harness {
  env: TestEnv;
  svc: RunningService;
  customers: FakeCustomers;
  client: ReflectionClient;
  /** Decoded NotificationSent events seen so far. */
  sent: { id: string; kind: string; orderId: string; customerId: string }[];
  publish<N extends MessageName>(
    name: N,
    payload: MessageTypes[N]['input'],
    init?: { timestamp?: Date; messageId?: string },
  ): Promise<void>;
  /** Publishes CustomerRegistered for a new customer and waits until the contact cache has it; returns its id. */
  register(name: string, smsNumber: string): Promise<string>;
  call(method: string, req: Record<string, unknown>): Promise<Record<string, unknown>>;
  failure(method: string, req: Record<string, unknown>): Promise<{ code: number; details: string }>;
  sql<T>(q: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

async function startFakeCustomers(): Promise<FakeCustomers & { stop(): Promise<void> }> {
  const server = new grpc.Server();
  const fake: FakeCustomers = { address: '', known: new Map(), calls: [], failNext: 0 };
  server.addService(serviceDefinition(Services.customers) as unknown as grpc.ServiceDefinition, {
    GetCustomer: (call: grpc.ServerUnaryCall<{ id: string }, unknown>, cb: grpc.sendUnaryData<unknown>) => {
      const id = call.request.id;
      fake.calls.push(id);
      if (fake.failNext > 0) {
        fake.failNext--;
        cb({ code: grpc.status.UNAVAILABLE, details: 'fake customers is down' });
        return;
      }
      const c = fake.known.get(id);
      if (!c) cb({ code: grpc.status.NOT_FOUND, details: `customer ${id} not found` });
      else cb(null, { customer: { id, name: c.name, smsNumber: c.smsNumber, enabled: true } });
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  fake.address = `127.0.0.1:${port}`;
  return Object.assign(fake, { stop: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())) });
}

export async function startHarness(label: string, extraEnv: Record<string, string> = {}): Promise<Harness> {
  const customers = await startFakeCustomers();
  const sent: Harness['sent'] = [];
  const t = await startServiceUnderTest(notificationsService, {
    label,
    env: { CUSTOMERS_GRPC_ADDR: customers.address, ...extraEnv },
    observe: [
      {
        queue: 'observer',
        exchange: 'events',
        routingKey: Names.notifications.NotificationSent,
        onMessage: (e) => sent.push(decodeMessage(Names.notifications.NotificationSent, e.payload)),
      },
    ],
  });
  const { env, svc, client, broker } = t;
  const call = (m: string, req: Record<string, unknown>) => client.call(`${SVC}/${m}`, req);
  const sql: Harness['sql'] = (q, params = []) => svc.context.orm.em.fork().execute(q, params);
  return {
    env,
    svc,
    customers,
    client,
    sent,
    publish: async (name, payload, init = {}) => {
      await publishMessage(broker, 'events', name, payload, init);
    },
    register: async (name, smsNumber) => {
      const id = randomUUID();
      await publishMessage(broker, 'events', Names.customers.CustomerRegistered, { id, name, smsNumber });
      await eventuallyValue(async () =>
        (await sql('select 1 from notifications.customers_cache where id = ?', [id])).length ? true : undefined,
      );
      return id;
    },
    call,
    failure: (m, req) => grpcError(call(m, req), m),
    sql,
    stop: async () => {
      await t.close();
      await customers.stop();
    },
  };
}

/** Polls `probe` until it returns something other than undefined (errors count as "not yet"). */
export const eventually = eventuallyValue;

export interface ApiNotification {
  id: string;
  kind: string;
  order_id: string;
  customer_id: string;
  channel: string;
  sent_at: { seconds: string; nanos: number };
}
