export * from './aggregate.ts';
export * from './event-store.ts';
