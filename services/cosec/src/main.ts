// Telemetry first: its instrumentation must be in place before gRPC and pg are loaded, hence the dynamic imports.
import { startTelemetry } from '@mallbots/telemetry/bootstrap';

const telemetry = await startTelemetry('cosec');
const { main } = await import('@mallbots/runtime');
const { cosecService } = await import('./module.ts');
await main(cosecService, telemetry);
