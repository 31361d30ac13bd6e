/**
 * Integration-test harness of search: the real service on a database and broker namespace of its own, fake peers,
 * a publisher for input events (protobuf-encoded, in the test's namespace), a reflection client, and clean-up of
 * everything on `stop()`.
 */
import type { MessageName, MessageTypes } from '@mallbots/contracts';
import type { ReflectionClient } from '@mallbots/rpc/testing';
import type { RunningService } from '@mallbots/runtime';
import { eventuallyValue, grpcError, publishMessage, startServiceUnderTest, type TestEnv } from '@mallbots/runtime/testing';
import { searchService } from '../src/module.ts';
import { startFakePeers, type FakePeers } from './fake-peers.ts';

export const SVC = 'mallbots.search.v1.SearchService';

export interface Harness {
  env: TestEnv;
  svc: RunningService;
  peers: FakePeers;
  client: ReflectionClient;
  publish<N extends MessageName>(name: N, payload: MessageTypes[N]['input'], timestamp?: Date): Promise<void>;
  call(method: string, req: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** The status code and details of a call that must fail. */
  failure(method: string, req: Record<string, unknown>): Promise<{ code: number; details: string }>;
  sql<T>(q: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export async function startHarness(label: string): Promise<Harness> {
  const peers = await startFakePeers();
  const t = await startServiceUnderTest(searchService, {
    label,
    env: { CUSTOMERS_GRPC_ADDR: peers.address, STORES_GRPC_ADDR: peers.address },
  });
  const { env, svc, client, broker } = t;
  const call = (m: string, req: Record<string, unknown>) => client.call(`${SVC}/${m}`, req);
  return {
    env,
    svc,
    peers,
    client,
    publish: async (name, payload, timestamp) => {
      await publishMessage(broker, 'events', name, payload, { timestamp });
    },
    call,
    failure: (m, req) => grpcError(call(m, req), m),
    sql: (q, params = []) => svc.context.orm.em.fork().execute(q, params),
    stop: async () => {
      await t.close();
      await peers.stop();
    },
  };
}

/** Polls `probe` until it returns something other than undefined (errors count as "not yet"). */
export const eventually = eventuallyValue;

export interface ApiOrder {
  order_id: string;
  customer_id: string;
  customer_name: string;
  status: string;
  total: number;
  items: { store_id: string; product_id: string; store_name: string; product_name: string; quantity: number; price: number }[];
  created_at: { seconds: string; nanos: number };
}

/** A Date as the JSON of a google.protobuf.Timestamp for the reflection client. */
export const ts = (d: Date): { seconds: number; nanos: number } => ({
  seconds: Math.floor(d.getTime() / 1000),
  nanos: (d.getTime() % 1000) * 1_000_000,
});
