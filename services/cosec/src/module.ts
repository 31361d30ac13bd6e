/**
 * cosec: wiring by hand. The saga coordinator (lib/sec) gets the PostgreSQL saga store, the outbox as its command
 * transport and every create-order saga version with unfinished instances; the consumers feed it OrderCreated and
 * the participants' replies, the scanner its deadlines, and the admin API the operator's requests.
 */
import { int } from '@mallbots/config';
import { outboxTransport, SagaCoordinator } from '@mallbots/sec';
import type { ServiceDefinition } from '@mallbots/runtime';
import type { UnitOfWork } from '@mallbots/tm';
import { migrations } from '../migrations/index.ts';
import { createOrderSagaDefinitions } from './application/create-order-saga.ts';
import { expireDueSagas } from './application/expire-due-sagas.ts';
import { resumeSagas } from './application/resume-sagas.ts';
import { sagaObserver } from './application/saga-metrics.ts';
import { sagaAdminGrpc } from './grpc/saga-admin-server.ts';
import { DeadlineScanner } from './handlers/deadline-scanner.ts';
import { orderingEvents } from './handlers/order-created.event.ts';
import { sagaReplies } from './handlers/saga-replies.reply.ts';
import { SagaRepository } from './persistence/saga.repository.ts';

const cosecConfig = {
  /** How long a saga step waits for its reply before it counts as failed. */
  SAGA_STEP_TIMEOUT_MS: int({ default: 30_000, min: 100, max: 3_600_000 }),
  /** How often the deadline scanner looks for timed-out steps. */
  SAGA_SCAN_INTERVAL_MS: int({ default: 1_000, min: 10, max: 600_000 }),
  /** Sagas timed out per scanner transaction. */
  SAGA_SCAN_BATCH: int({ default: 100, min: 1, max: 10_000 }),
  /** Resends of a failed or timed-out compensation before the saga stops in `failed` for an operator. */
  SAGA_COMPENSATION_RETRIES: int({ default: 3, min: 0, max: 100 }),
  /** Waiting sagas kept in memory as last committed, so a reply needs no read of its saga (0: off). */
  SAGA_CACHE_SIZE: int({ default: 10_000, min: 0, max: 1_000_000 }),
};

export const cosecService: ServiceDefinition<typeof cosecConfig> = {
  name: 'cosec',
  grpcPort: 9009,
  httpPort: 9109,
  config: cosecConfig,
  entities: [],
  migrations,
  build: ({ tm, logger, config, metrics }) => {
    const sagas = new SagaRepository(config.DATABASE_SCHEMA, { cacheSize: config.SAGA_CACHE_SIZE });
    const coordinator = new SagaCoordinator<UnitOfWork>({
      store: sagas,
      transport: outboxTransport(),
      definitions: createOrderSagaDefinitions,
      stepTimeoutMs: config.SAGA_STEP_TIMEOUT_MS,
      compensationRetries: config.SAGA_COMPENSATION_RETRIES,
      observer: sagaObserver(metrics),
      logger: logger.child({ component: 'sec' }),
    });
    const scanner = new DeadlineScanner({
      intervalMs: config.SAGA_SCAN_INTERVAL_MS,
      batch: config.SAGA_SCAN_BATCH,
      scan: (batch) => expireDueSagas({ tm, sagas, coordinator, logger }, batch),
      logger,
    });
    return {
      grpc: [sagaAdminGrpc({ tm, sagas, coordinator, logger })],
      consumers: [orderingEvents(coordinator, logger), sagaReplies(coordinator, logger)],
      start: async () => {
        await resumeSagas({ tm, sagas, coordinator, logger }, config.SAGA_STEP_TIMEOUT_MS);
        scanner.start();
      },
      stop: () => scanner.stop(),
    };
  },
};
