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
