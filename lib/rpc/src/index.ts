export * from './errors.ts';
export * as validate from './validate.ts';
export * from './server.ts';
export * from './client.ts';
export * from './http.ts';
