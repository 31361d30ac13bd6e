// Telemetry first: its instrumentation must be in place before gRPC and pg are loaded, hence the dynamic imports.
import { startTelemetry } from '@mallbots/telemetry/bootstrap';

const telemetry = await startTelemetry('search');
const { main } = await import('@mallbots/runtime');
const { searchService } = await import('./module.ts');
await main(searchService, telemetry);
