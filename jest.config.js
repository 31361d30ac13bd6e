// jest runs the TypeScript sources as ESM (node --experimental-vm-modules), transformed by swc.
// Two projects: `unit` (*.test.ts, no I/O) and `integration` (*.int.test.ts, real PostgreSQL and RabbitMQ).
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'es6' } }];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  testEnvironment: 'node',
};
export default {
  maxWorkers: 2,
  // A worker exits once its event loop is empty. After each test file nothing of ours is left in it (checked with
  // process.getActiveResourcesInfo() in a test environment's teardown: only the worker's three IPC pipes). Yet jest's
  // default 500 ms for a worker to exit was sometimes too short on two busy vCPUs (it then kills the worker and
  // warns "A worker process has failed to exit gracefully"); allowed to wait, jest ended 0.7 s after the last
  // file's teardown, without the warning. A worker that really hangs is still killed, with the warning, after this.
  workerGracefulExitTimeout: 5000,
  globalSetup: '<rootDir>/test/global-setup.ts',
  // integration tests start services and brokers; unit tests finish long before this
  testTimeout: 60_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/{lib,services}/*/test/**/*.test.ts',
        '<rootDir>/test/**/*.test.ts',
        '!**/*.int.test.ts',
        '!**/*.e2e.test.ts',
      ],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{lib,services}/*/test/**/*.int.test.ts', '<rootDir>/test/**/*.int.test.ts'],
    },
    {
      // every service as its own process (9 per test file): run these one file at a time (`npm test` does)
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e.test.ts'],
    },
  ],
};
