export * from './service.ts';
export * from './peers.ts';
export * from './commands.ts';
export * from './memory.ts';
export * from './jit.ts';
