/**
 * @mallbots/sec: a generic saga execution coordinator (see README.md).
 * - `defineSaga` declares a saga as numbered steps (action, compensation, reply handlers, timeout);
 * - `SagaCoordinator` runs instances in the caller's transaction through a `SagaStore` and a `CommandTransport`
 *   (`outboxTransport()` for lib/tm services);
 * - `@mallbots/sec/testing` has an in-memory store, transport and clock for unit tests.
 */
export * from './definition.ts';
export * from './store.ts';
export * from './headers.ts';
export * from './coordinator.ts';
export * from './outbox-transport.ts';
