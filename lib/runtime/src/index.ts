export * from './service.ts';
export * from './peers.ts';
export * from './commands.ts';
