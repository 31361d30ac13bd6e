/**
 * OpenTelemetry bootstrap. Call `startTelemetry(service)` first thing in `main.ts`, BEFORE importing anything
 * that loads @grpc/grpc-js or pg (i.e. import the service module dynamically afterwards): instrumentation can
 * only patch modules loaded after its hooks are in place. This file imports nothing heavy statically.
 *
 * Configuration is only the standard OTEL_* variables:
 * - tracing is on when OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set (or
 *   OTEL_TRACES_EXPORTER names an exporter other than `none`), and off cleanly otherwise (no SDK, no hooks);
 * - OTEL_SERVICE_NAME defaults to the service's name; OTEL_EXPORTER_OTLP_PROTOCOL (default http/protobuf),
 *   OTEL_TRACES_SAMPLER(_ARG), OTEL_RESOURCE_ATTRIBUTES etc. are read by the SDK itself.
 * Instrumented: gRPC server and client calls, PostgreSQL queries (statement text only: parameters are never
 * recorded). Messaging and saga spans are created by lib/tm, lib/runtime and lib/sec through @opentelemetry/api.
 */
import { register } from 'node:module';

export interface TelemetryHandle {
  enabled: boolean;
  /** Flushes and stops exporting (graceful shutdown). */
  shutdown(): Promise<void>;
}

export function tracingConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  const exporter = env['OTEL_TRACES_EXPORTER'];
  if (exporter !== undefined && exporter.trim() !== '') return exporter.trim() !== 'none';
  if (env['OTEL_SDK_DISABLED'] === 'true') return false;
  return Boolean(env['OTEL_EXPORTER_OTLP_ENDPOINT'] || env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']);
}

let handle: TelemetryHandle | undefined;

export async function startTelemetry(service: string): Promise<TelemetryHandle> {
  if (handle) return handle;
  process.env['OTEL_SERVICE_NAME'] ??= service;
  if (!tracingConfigured()) {
    handle = { enabled: false, shutdown: async () => undefined };
    return handle;
  }
  // ESM: import-in-the-middle hooks make `import pg` / `import grpc` patchable.
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  process.env['OTEL_TRACES_EXPORTER'] ??= 'otlp';
  process.env['OTEL_METRICS_EXPORTER'] ??= 'none'; // metrics are scraped from /metrics (Prometheus)
  process.env['OTEL_LOGS_EXPORTER'] ??= 'none'; // logs go to stdout as JSON
  const [{ NodeSDK }, { PgInstrumentation }, { GrpcInstrumentation }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/instrumentation-pg'),
    import('@opentelemetry/instrumentation-grpc'),
  ]);
  const sdk = new NodeSDK({
    instrumentations: [
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
      // Health checks and reflection are noise in traces.
      new GrpcInstrumentation({ ignoreGrpcMethods: [/^Check$/, /^Watch$/, /^ServerReflectionInfo$/] }),
    ],
  });
  sdk.start();
  handle = { enabled: true, shutdown: () => sdk.shutdown() };
  return handle;
}
