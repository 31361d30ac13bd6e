/**
 * Layer rules (ARCHITECTURE.md §2), checked by `npm run depcheck`:
 * - a service's domain/ imports no infrastructure (no grpc/, handlers/, persistence/, no drivers or ORM);
 * - a service never imports another service;
 * - libraries never import services;
 * - no deep relative imports across packages (use the package name).
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'domain/ must not depend on adapters or infrastructure',
      from: { path: '^services/[^/]+/src/domain/' },
      to: {
        path: [
          '^services/[^/]+/src/(grpc|handlers|persistence|application)/',
          'node_modules/(@grpc|@mikro-orm|amqplib|pg|pino|@opentelemetry|prom-client)',
          '^lib/(db|am|tm|rpc/src/(server|client|http)|telemetry)',
        ],
      },
    },
    {
      name: 'no-service-to-service',
      severity: 'error',
      comment: 'services talk through contracts (gRPC, messages), never through imports',
      from: { path: '^services/([^/]+)/' },
      to: { path: '^services/', pathNot: '^services/$1/' },
    },
    {
      name: 'libs-do-not-import-services',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^services/' },
    },
    {
      name: 'no-deep-relative-imports-across-packages',
      severity: 'error',
      comment: 'import @mallbots/<name>, not ../../lib/<name>/src/...',
      from: { path: '^(lib|services)/([^/]+)/' },
      to: { path: '^(lib|services)/', pathNot: ['^$1/$2/', 'node_modules'], dependencyTypes: ['local'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
