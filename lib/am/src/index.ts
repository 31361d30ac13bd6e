/**
 * @mallbots/am: asynchronous messaging on RabbitMQ (amqplib), generic and payload-agnostic.
 *
 * Contract: see README.md. Topology (three topic exchanges, one quorum queue per consumer group with its DLQ and
 * delay queues), the Envelope and its AMQP mapping, a publisher with confirms (many in flight), consumers with
 * ack-after-handler, retries with backoff through delay queues and dead-lettering with the reason, and a Broker
 * that reconnects, re-declares and resumes on its own.
 */
export { Broker, connectBroker } from './broker.ts';
export type {
  BrokerOptions,
  BrokerState,
  ConsumerHandle,
  ConsumerSpec,
  DeliveryOutcome,
  Handler,
  PublishItem,
  PublishOptions,
} from './broker.ts';
export {
  CONTENT_TYPE,
  Headers,
  createCausedEnvelope,
  createEnvelope,
  fromAmqpMessage,
  readAttempt,
  toContent,
  toPublishOptions,
} from './envelope.ts';
export type { AmqpMessageLike, Envelope, EnvelopeInit, HeaderName } from './envelope.ts';
export {
  BrokerUnavailableError,
  MalformedMessageError,
  PermanentError,
  PublishBatchError,
  PublishConfirmError,
  UnroutableError,
  describeError,
} from './errors.ts';
export {
  DEFAULT_RECONNECT_POLICY,
  DEFAULT_RETRY_POLICY,
  reconnectDelayMs,
  resolveReconnectPolicy,
  resolveRetryPolicy,
  retryDelayMs,
  retryDelaySet,
} from './backoff.ts';
export type { ReconnectPolicy, RetryPolicy } from './backoff.ts';
export type { ReturnedMessage } from './publisher.ts';
export { DEFAULT_NAMESPACE, EXCHANGE_KINDS, acceptsFromBindings, topicMatches, topologyNames } from './topology.ts';
export type { Binding, ExchangeKind, TopologyNames } from './topology.ts';
