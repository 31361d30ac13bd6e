export * from './tables.ts';
export * from './outbox.ts';
export * from './unit-of-work.ts';
export { PreparedStatements } from './prepared.ts';
