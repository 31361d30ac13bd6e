/**
 * The service runtime: what every MallBots `main.ts` does, in one place, so that the nine services differ only
 * in their module (domain, application, adapters) and not in how they start, serve and stop.
 *
 * start:  config (fail fast, naming the variable) -> logger -> database (created if missing) + migrations under
 *         an advisory lock -> broker (connects in the background; readiness waits for it) -> outbox relay ->
 *         module (the service's own wiring) -> consumers -> gRPC server (health, reflection) -> HTTP server
 *         (/livez, /readyz, /metrics).
 * stop:   health NOT_SERVING -> gRPC drains in-flight calls -> consumers stop (in-flight handlers finish, their
 *         messages are acked) -> relay stops (unpublished rows stay in the outbox for the next start) ->
 *         broker and database pools close -> HTTP closes. SIGTERM and SIGINT trigger it.
 * `main.ts migrate` applies the migrations and exits.
 */
import { Broker, PermanentError, type Envelope, type Binding } from '@mallbots/am';
import { loadConfig, serviceSpec, type ConfigOf, type Spec } from '@mallbots/config';
import {
  decodeMessage,
  isMessageName,
  loadReflectionPackageDefinition,
  serviceDefinition,
  type MessageName,
  type MessageTypes,
  type ServiceHandlers,
  type ServiceName,
} from '@mallbots/contracts';
import { openOrm, isReachable, migrate, type MigrationDefinition, type MikroORM } from '@mallbots/db';
import { isDomainError } from '@mallbots/rpc/errors';
import {
  implement,
  startGrpcServer,
  tolerantDefinition,
  startHttpServer,
  type AsyncHandlers,
  type RunningServer,
  type RunningHttp,
} from '@mallbots/rpc';
import {
  createLogger,
  createMetrics,
  producerHeaders,
  withConsumerSpan,
  type Logger,
  type ServiceMetrics,
} from '@mallbots/telemetry';
import { tuneJit } from './jit.ts';
import { releaseMemoryWhenIdle, releaseStartupMemory } from './memory.ts';
import type { TelemetryHandle } from '@mallbots/telemetry/bootstrap';
import { OutboxRelay, TransactionManager, type OutboxRow, type UnitOfWork } from '@mallbots/tm';
import type * as grpc from '@grpc/grpc-js';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import type { EntitySchema } from '@mikro-orm/core';

type BaseSpec = ReturnType<typeof serviceSpec>;
export type ServiceConfig<S extends Spec> = ConfigOf<BaseSpec> & ConfigOf<S>;

/** Handles one message name: gets the decoded payload and the unit of work the message runs in. */
export type MessageHandler<N extends MessageName> = (
  payload: MessageTypes[N]['output'],
  uow: UnitOfWork,
  envelope: Envelope,
) => Promise<void>;

export type MessageHandlers = { [N in MessageName]?: MessageHandler<N> };

/** One consumer group: a durable queue bound to exactly the names it has handlers for. */
export interface MessageConsumer {
  /** Group name, e.g. `baskets.stores-events`; the queue is `<namespace><group>`. */
  group: string;
  /** Which exchange the names come from. */
  exchange: Binding['exchange'];
  handlers: MessageHandlers;
  /** For replies: routing keys (reply channels) to bind instead of the handler names. */
  routingKeys?: string[];
  prefetch?: number;
}

export interface ServiceModule {
  grpc: { definition: grpc.ServiceDefinition; implementation: grpc.UntypedServiceImplementation }[];
  consumers?: MessageConsumer[];
  /** Extra readiness condition (e.g. a peer); database and broker are always checked. */
  ready?: () => Promise<boolean>;
  /** Called after consumers start / before the database closes. */
  start?: () => Promise<void>;
  stop?: () => Promise<void>;
}

export interface ServiceContext<S extends Spec> {
  name: string;
  config: ServiceConfig<S>;
  logger: Logger;
  orm: MikroORM;
  tm: TransactionManager;
  broker: Broker;
  relay: OutboxRelay;
  metrics: ServiceMetrics;
}

export interface ServiceDefinition<S extends Spec = Record<never, never>> {
  /** Service name: schema, logger and OTEL service name. */
  name: string;
  grpcPort: number;
  httpPort: number;
  /** Variables beyond the common ones (peers, feature switches). */
  config?: S;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- MikroORM's entity list type
  entities: EntitySchema<any, any>[];
  migrations: MigrationDefinition[];
  build(ctx: ServiceContext<S>): ServiceModule | Promise<ServiceModule>;
}

export interface RunningService<S extends Spec = Record<never, never>> {
  grpcPort: number;
  httpPort: number;
  context: ServiceContext<S>;
  /** The consumer groups (queues) the service declared on the broker. */
  consumerGroups: readonly string[];
  ready(): Promise<boolean>;
  stop(): Promise<void>;
}

function outboxPublisher(broker: Broker) {
  return {
    publishRows: (rows: readonly OutboxRow[]) =>
      broker.publishMany(
        rows.map((r) => {
          const { ['x-causation-id']: causationId, ...headers } = r.headers;
          return {
            exchange: r.exchange,
            routingKey: r.routingKey,
            envelope: {
              messageId: r.messageId,
              name: r.name,
              payload: r.payload,
              timestamp: r.createdAt,
              headers,
              ...(r.correlationId ? { correlationId: r.correlationId } : {}),
              ...(causationId ? { causationId } : {}),
            },
          };
        }),
      ),
  };
}

/** Wraps a consumer's handlers: decode, unit of work with inbox, domain errors are permanent (dead-lettered). */
function dispatcher(tm: TransactionManager, consumer: MessageConsumer, logger: Logger) {
  return async (env: Envelope): Promise<void> => {
    const name = env.name;
    const handler = isMessageName(name) ? (consumer.handlers[name] as MessageHandler<typeof name> | undefined) : undefined;
    if (!handler || !isMessageName(name)) throw new PermanentError(`group ${consumer.group} has no handler for ${name}`);
    let payload: MessageTypes[typeof name]['output'];
    try {
      payload = decodeMessage(name, env.payload);
    } catch (err) {
      throw new PermanentError(`cannot decode ${name}: ${(err as Error).message}`);
    }
    const started = performance.now();
    try {
      const attributes = {
        'messaging.destination.name': consumer.group,
        'messaging.message.id': env.messageId,
        ...(env.correlationId ? { 'messaging.message.conversation_id': env.correlationId } : {}),
      };
      const r = await withConsumerSpan(name, env.headers, attributes, () =>
        tm.handle({ messageId: env.messageId, name, correlationId: env.correlationId }, (uow) => handler(payload, uow, env)),
      );
      // Per-message lines are debug (one per delivery costs a few per cent of CPU at load); duplicates stay visible.
      const line = {
        group: consumer.group,
        message: name,
        messageId: env.messageId,
        duplicate: r.duplicate,
        ms: Math.round(performance.now() - started),
      };
      if (r.duplicate) logger.info(line, 'duplicate message dropped');
      else logger.debug(line, 'message handled');
    } catch (err) {
      logger.warn(
        { group: consumer.group, message: name, messageId: env.messageId, err: (err as Error).message },
        'message handler failed',
      );
      // A domain error is deterministic: retrying cannot help. Infrastructure errors are retried with backoff.
      if (isDomainError(err)) throw new PermanentError(`${err.name}: ${err.message}`);
      throw err;
    }
  };
}

/** Counts every gRPC call by method and status code and observes its latency. */
function observeCalls(
  g: { definition: grpc.ServiceDefinition; implementation: grpc.UntypedServiceImplementation },
  metrics: ServiceMetrics,
): grpc.UntypedServiceImplementation {
  const out: grpc.UntypedServiceImplementation = {};
  for (const [name, handler] of Object.entries(g.implementation)) {
    const method = g.definition[name]?.path ?? name;
    const unary = handler as grpc.handleUnaryCall<unknown, unknown>;
    const observed: grpc.handleUnaryCall<unknown, unknown> = (call, callback) => {
      const end = metrics.grpcSeconds.startTimer({ method });
      unary(call, (err, value) => {
        end();
        metrics.grpcCalls.inc({ method, code: String(err?.code ?? 0) });
        callback(err, value);
      });
    };
    out[name] = observed;
  }
  return out;
}

/** Starts a service in this process (used by main.ts and by integration tests). */
export async function startService<S extends Spec>(
  def: ServiceDefinition<S>,
  env: Record<string, string | undefined> = process.env,
): Promise<RunningService<S>> {
  const spec = {
    ...serviceSpec({ grpcPort: def.grpcPort, httpPort: def.httpPort, schema: def.name }),
    ...(def.config ?? {}),
  } as BaseSpec & S;
  const config = loadConfig(spec, env) as ServiceConfig<S>;
  const logger = createLogger(def.name, config.LOG_LEVEL);
  const metrics = createMetrics(def.name);
  const schema = config.DATABASE_SCHEMA;

  const orm = await openOrm({
    databaseUrl: config.DATABASE_URL,
    schema,
    entities: def.entities,
    migrations: def.migrations,
    poolMax: config.DATABASE_POOL_MAX,
    migrate: config.MIGRATE_ON_START,
    genericPlans: config.DATABASE_PREPARED_STATEMENTS,
  });
  const broker = new Broker(config.RABBITMQ_URL, {
    namespace: config.AMQP_NAMESPACE,
    connectionName: `${config.AMQP_NAMESPACE}${def.name}/${process.pid}`,
    ackDelayMs: config.AMQP_ACK_DELAY_MS,
    logger,
    onDelivery: (d) => {
      const labels = { queue: d.queue, message: d.name ?? 'unknown' };
      metrics.messages.inc({ ...labels, outcome: d.outcome === 'acked' ? 'handled' : d.outcome });
      metrics.handlerSeconds.observe(labels, d.durationMs / 1000);
    },
  });
  broker.start();
  const relay = new OutboxRelay({
    orm,
    schema,
    publisher: outboxPublisher(broker),
    logger: logger.child({ component: 'outbox' }),
    deleteDelayMs: config.OUTBOX_DELETE_DELAY_MS,
    observer: {
      published: (rows, via) => {
        metrics.outboxPublished.inc({ via }, rows.length);
        const now = Date.now();
        for (const r of rows) metrics.outboxLagSeconds.observe({ via }, (now - r.createdAt.getTime()) / 1000);
      },
    },
  });
  const exchangeName = (kind: string): string =>
    `${config.AMQP_NAMESPACE}${kind === 'event' ? 'events' : kind === 'command' ? 'commands' : 'replies'}`;
  const tm = new TransactionManager({
    orm,
    schema,
    relay,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
    contextHeaders: ({ name, kind, routingKey }) => {
      metrics.messagesSent.inc({ message: name });
      return producerHeaders(name, kind, exchangeName(kind), { 'messaging.rabbitmq.destination.routing_key': routingKey });
    },
  });
  const context: ServiceContext<S> = { name: def.name, config, logger, orm, tm, broker, relay, metrics };

  const module = await def.build(context);
  for (const c of module.consumers ?? []) {
    const names = Object.keys(c.handlers);
    const keys = c.routingKeys ?? names;
    await broker.consume(
      {
        queue: c.group,
        bindings: keys.map((routingKey) => ({ exchange: c.exchange, routingKey })),
        prefetch: c.prefetch ?? config.AMQP_PREFETCH,
        accepts: names,
      },
      dispatcher(tm, c, logger),
    );
  }
  relay.start();
  await module.start?.();

  const ready = async (): Promise<boolean> =>
    broker.isReady() && (await isReachable(orm)) && (module.ready ? await module.ready().catch(() => false) : true);

  let grpcServer: RunningServer | undefined;
  let http: RunningHttp | undefined;
  try {
    grpcServer = await startGrpcServer(config.GRPC_HOST, config.GRPC_PORT, {
      packageDefinition: loadReflectionPackageDefinition([healthProtoPath]),
      services: module.grpc.map((g) => ({ definition: g.definition, implementation: observeCalls(g, metrics) })),
      ready,
      logger,
    });
    http = await startHttpServer(config.HTTP_HOST, config.HTTP_PORT, {
      ready,
      metrics: async () => {
        const backlog = await relay.backlog().catch(() => undefined);
        if (backlog) {
          metrics.outboxBacklog.set(backlog.rows);
          metrics.outboxOldestSeconds.set(backlog.oldestAgeMs / 1000);
        }
        return { contentType: metrics.registry.contentType, body: await metrics.registry.metrics() };
      },
    });
  } catch (err) {
    await grpcServer?.shutdown(0);
    await relay.stop();
    await broker.close();
    await orm.close(true);
    throw err;
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      logger.info('shutting down');
      await grpcServer.shutdown(config.SHUTDOWN_TIMEOUT_MS);
      await broker.close();
      await relay.stop();
      await module.stop?.();
      await orm.close(true);
      await http.close();
      logger.info('stopped');
    })());

  // Readiness as seen from outside: evaluating it also updates the gRPC health status at once.
  return {
    grpcPort: grpcServer.port,
    httpPort: http.port,
    context,
    consumerGroups: (module.consumers ?? []).map((c) => c.group),
    ready: () => grpcServer.refreshHealth(),
    stop,
  };
}

/**
 * The body of every `main.ts`, after `startTelemetry` (lib/telemetry/bootstrap):
 * `await main(definition, telemetry)`. `main.ts migrate` applies the migrations and exits.
 */
export async function main<S extends Spec>(def: ServiceDefinition<S>, telemetry?: TelemetryHandle): Promise<void> {
  if (process.argv[2] === 'migrate') {
    const spec = { ...serviceSpec({ grpcPort: def.grpcPort, httpPort: def.httpPort, schema: def.name }), ...(def.config ?? {}) };
    const config = loadConfig(spec) as ServiceConfig<S>;
    const orm = await openOrm({
      databaseUrl: config.DATABASE_URL,
      schema: config.DATABASE_SCHEMA,
      entities: def.entities,
      migrations: def.migrations,
      migrate: false,
    });
    const applied = await migrate(orm, config.DATABASE_URL, config.DATABASE_SCHEMA);
    await orm.close(true);
    process.stdout.write(`${def.name}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}\n`);
    return;
  }
  let running: RunningService<S>;
  try {
    running = await startService(def);
  } catch (err) {
    // Configuration errors name the variable; everything else is a start-up failure.
    process.stderr.write(`${def.name}: failed to start: ${(err as Error).message}\n`);
    process.exit(1);
  }
  tuneJit(running.context.config.JIT_TURBOFAN_CALLS);
  releaseStartupMemory();
  releaseMemoryWhenIdle();
  const onSignal = (signal: string): void => {
    running.context.logger.info({ signal }, 'signal received');
    running
      .stop()
      .then(() => telemetry?.shutdown())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          running.context.logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

/** A gRPC service of the module: the generated definition plus async handlers (see `implement` in lib/rpc). */
export function grpcService<N extends ServiceName>(
  name: N,
  handlers: AsyncHandlers<ServiceHandlers<N>>,
  logger: Logger,
): { definition: grpc.ServiceDefinition; implementation: grpc.UntypedServiceImplementation } {
  const definition = tolerantDefinition(serviceDefinition(name) as unknown as grpc.ServiceDefinition);
  return { definition, implementation: implement<ServiceHandlers<N>>(definition, handlers, { logger }) };
}
