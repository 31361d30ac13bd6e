// Telemetry first: its instrumentation must be in place before gRPC and pg are loaded, hence the dynamic imports.
import { startTelemetry } from '@mallbots/telemetry/bootstrap';

const telemetry = await startTelemetry('depot');
const { main } = await import('@mallbots/runtime');
const { depotService } = await import('./module.ts');
await main(depotService, telemetry);
