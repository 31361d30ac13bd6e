/**
 * Integration-test helpers: start a service in-process on free loopback ports, with a database of its own
 * and a broker namespace of its own, and stop it afterwards.
 */
import { createTestDatabase, type TestDatabase } from '@mallbots/db/testing';
import { deleteNamespace, uniqueNamespace, rabbitmqUrl } from '@mallbots/am/testing';
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

/** Polls `pred` until it holds; throws after `timeoutMs`. */
export async function eventually(pred: () => boolean | Promise<boolean>, timeoutMs = 5000, everyMs = 20): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await pred())) {
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
