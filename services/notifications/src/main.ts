// Telemetry first: its instrumentation must be in place before gRPC and pg are loaded, hence the dynamic imports.
import { startTelemetry } from '@mallbots/telemetry/bootstrap';

const telemetry = await startTelemetry('notifications');
const { main } = await import('@mallbots/runtime');
const { notificationsService } = await import('./module.ts');
await main(notificationsService, telemetry);
