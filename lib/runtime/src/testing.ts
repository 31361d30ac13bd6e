/**
 * Integration-test helpers: start a service in-process on free loopback ports, with a database of its own
 * and a broker namespace of its own, and stop it afterwards; publish protobuf messages to it as its peers would.
 */
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@mallbots/db/testing';
import { Headers, createEnvelope, type Broker, type Envelope, type ExchangeKind } from '@mallbots/am';
import {
  deleteNamespace,
  deleteTopology,
  groupQueueNames,
  rabbitmqUrl,
  startTestBroker,
  uniqueNamespace,
  type Observation,
} from '@mallbots/am/testing';
import { ReflectionClient } from '@mallbots/rpc/testing';
import { decodeMessage, encodeMessage, type MessageName, type MessageTypes } from '@mallbots/contracts';
import type { Spec } from '@mallbots/config';
import { startService, type RunningService, type ServiceDefinition } from './service.ts';

export interface TestEnv {
  databaseUrl: string;
  namespace: string;
  rabbitmqUrl: string;
  /** Variables every test service gets: the test database and namespace, loopback, free ports, quiet logs. */
  env(extra?: Record<string, string>): Record<string, string>;
  drop(): Promise<void>;
}

export async function createTestEnv(label: string): Promise<TestEnv> {
  const db: TestDatabase = await createTestDatabase(label);
  const namespace = uniqueNamespace(`t-${label}`);
  const url = rabbitmqUrl();
  return {
    databaseUrl: db.url,
    namespace,
    rabbitmqUrl: url,
    env: (extra = {}) => ({
      DATABASE_URL: db.url,
      RABBITMQ_URL: url,
      AMQP_NAMESPACE: namespace,
      GRPC_HOST: '127.0.0.1',
      GRPC_PORT: '0',
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: '0',
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
      SHUTDOWN_TIMEOUT_MS: '2000',
      ...extra,
    }),
    drop: async () => {
      await db.drop();
      await deleteNamespace(url, namespace).catch(() => undefined);
    },
  };
}

/** Starts the service and waits until it is ready (database and broker reachable). */
export async function startTestService<S extends Spec>(
  def: ServiceDefinition<S>,
  env: Record<string, string>,
): Promise<RunningService<S>> {
  const running = await startService(def, env);
  const deadline = Date.now() + 20_000;
  while (!(await running.ready())) {
    if (Date.now() > deadline) {
      await running.stop();
      throw new Error(`${def.name} did not become ready within 20 s`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return running;
}

/** A service under integration test, with a gRPC client and a broker client of the test's own. */
export interface ServiceUnderTest<S extends Spec = Record<never, never>> {
  env: TestEnv;
  svc: RunningService<S>;
  /** Reflection-only gRPC client of the service. */
  client: ReflectionClient;
  /** Observes what `observe` asked for and publishes as a peer would. */
  broker: Broker;
  /** Stops everything and deletes the test's database, queues (the service's groups and the observers') and exchanges. */
  close(): Promise<void>;
}

/**
 * Starts `def` in a fresh test environment (`createTestEnv(label)`, plus `env` variables), a reflection client
 * for it, and a broker client consuming `observe`. `close()` undoes all of it, whatever the test did.
 */
export async function startServiceUnderTest<S extends Spec>(
  def: ServiceDefinition<S>,
  opts: { label?: string; env?: Record<string, string>; observe?: readonly Observation[] } = {},
): Promise<ServiceUnderTest<S>> {
  const env = await createTestEnv(opts.label ?? def.name);
  const svc = await startTestService(def, env.env(opts.env));
  const client = new ReflectionClient(`127.0.0.1:${svc.grpcPort}`);
  const broker = await startTestBroker(env.rabbitmqUrl, env.namespace, opts.observe ?? []);
  const queues = [...svc.consumerGroups, ...(opts.observe ?? []).map((o) => o.queue)];
  return {
    env,
    svc,
    client,
    broker,
    close: async () => {
      client.close();
      await broker.close();
      await svc.stop();
      // explicit queue names: deleteNamespace (in drop) finds the others only where rabbitmqctl may be run
      await deleteTopology(
        env.rabbitmqUrl,
        env.namespace,
        queues.flatMap((g) => groupQueueNames(env.namespace, g)),
      );
      await env.drop();
    },
  };
}

/** Polls `pred` until it holds; throws after `timeoutMs`. */
export async function eventually(pred: () => boolean | Promise<boolean>, timeoutMs = 5000, everyMs = 20): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await pred())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Polls `probe` until it returns something other than undefined (errors count as "not yet") and returns that. */
export async function eventuallyValue<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000, everyMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The gRPC status a call fails with; throws if it succeeds. */
export async function grpcError(call: Promise<unknown>, what: string): Promise<{ code: number; details: string }> {
  try {
    await call;
  } catch (e) {
    return { code: (e as { code: number }).code, details: (e as { details: string }).details };
  }
  throw new Error(`${what} unexpectedly succeeded`);
}

/** A message as a test observed it: its name, its protobuf payload decoded by that name, its headers. */
export interface DecodedMessage {
  name: string;
  payload: Record<string, unknown>;
  headers: Record<string, string>;
}

/** Decodes the protobuf payload of an observed envelope (see `startTestBroker` in @mallbots/am/testing). */
export function decodeEnvelope(e: Envelope): DecodedMessage {
  return {
    name: e.name,
    payload: decodeMessage(e.name as MessageName, e.payload) as unknown as Record<string, unknown>,
    headers: e.headers,
  };
}

/** An observation for `startTestBroker` that appends every delivery, decoded, to `into`. */
export function observeDecoded(queue: string, exchange: ExchangeKind, routingKey: string, into: DecodedMessage[]): Observation {
  return { queue, exchange, routingKey, onMessage: (e) => into.push(decodeEnvelope(e)) };
}

export interface TestPublishOptions {
  /** Default: a fresh UUID (pass an earlier one to redeliver). */
  messageId?: string;
  timestamp?: Date;
  headers?: Record<string, string>;
  /** Reject when no queue is bound (default: an unroutable message is dropped). */
  requireRoute?: boolean;
}

/** Publishes `payload`, protobuf-encoded, as message `name` to `exchange`, routed by its name; returns the message id. */
export async function publishMessage<N extends MessageName>(
  broker: Broker,
  exchange: ExchangeKind,
  name: N,
  payload: MessageTypes[N]['input'],
  opts: TestPublishOptions = {},
): Promise<string> {
  const envelope = createEnvelope({
    name,
    payload: encodeMessage(name, payload),
    headers: opts.headers ?? {},
    ...(opts.messageId ? { messageId: opts.messageId } : {}),
    ...(opts.timestamp ? { timestamp: opts.timestamp } : {}),
  });
  await broker.publish(exchange, name, envelope, opts.requireRoute ? { requireRoute: true } : {});
  return envelope.messageId;
}

/** `publishMessage` with the broker bound: the type of a test's own `publish`. */
export type TestPublisher = <N extends MessageName>(
  exchange: ExchangeKind,
  name: N,
  payload: MessageTypes[N]['input'],
  opts?: TestPublishOptions,
) => Promise<string>;

export interface SagaCommandOptions {
  /** Routing key of the replies exchange the reply goes to (observed into `replies`). */
  replyChannel: string;
  sagaName: string;
  /** How long to wait for the reply. Default 8 s. */
  timeoutMs?: number;
}

/**
 * Sends a saga command as cosec does (commands exchange; reply channel, a fresh saga id and the saga name as headers),
 * waits until `replies` holds the reply with that saga id and returns it.
 */
export async function sendCommand<N extends MessageName>(
  broker: Broker,
  replies: readonly DecodedMessage[],
  name: N,
  payload: MessageTypes[N]['input'],
  opts: SagaCommandOptions,
): Promise<DecodedMessage> {
  const sagaId = randomUUID();
  await publishMessage(broker, 'commands', name, payload, {
    headers: { [Headers.ReplyChannel]: opts.replyChannel, [Headers.SagaId]: sagaId, [Headers.SagaName]: opts.sagaName },
  });
  await eventually(() => replies.some((r) => r.headers[Headers.SagaId] === sagaId), opts.timeoutMs ?? 8000, 25);
  return replies.find((r) => r.headers[Headers.SagaId] === sagaId)!;
}
