import { describe, it, expect, afterEach } from '@jest/globals';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { protoPath } from 'grpc-health-check';
import { silentLogger } from '@mallbots/telemetry';
import { startGrpcServer, type RunningServer } from '../src/server.ts';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('gRPC health', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.shutdown(1000);
  });

  it('re-checks readiness every unhealthyIntervalMs while not serving and every healthIntervalMs while serving', async () => {
    const packageDefinition = protoLoader.loadSync(protoPath, { enums: String });
    let ready = false;
    let checks = 0;
    server = await startGrpcServer('127.0.0.1', 0, {
      packageDefinition,
      services: [],
      ready: async () => {
        checks += 1;
        return ready;
      },
      logger: silentLogger,
      healthIntervalMs: 60_000,
      unhealthyIntervalMs: 50,
    });
    const health = (
      grpc.loadPackageDefinition(packageDefinition) as never as {
        grpc: { health: { v1: { Health: grpc.ServiceClientConstructor } } };
      }
    ).grpc.health.v1.Health;
    const stub = new health(`127.0.0.1:${server.port}`, grpc.credentials.createInsecure()) as unknown as {
      check(req: { service: string }, cb: (err: grpc.ServiceError | null, res: { status: string }) => void): void;
      close(): void;
    };
    const status = () =>
      new Promise<string>((resolve, reject) =>
        stub.check({ service: '' }, (err, res) => (err ? reject(err) : resolve(res.status))),
      );
    try {
      expect(await status()).toBe('NOT_SERVING');
      await sleep(300);
      expect(checks).toBeGreaterThanOrEqual(4); // the short interval while not serving
      ready = true;
      await sleep(200);
      expect(await status()).toBe('SERVING'); // back within the short interval
      const afterServing = checks;
      ready = false;
      await sleep(500);
      expect(checks).toBe(afterServing); // serving: the next check is a minute away
      expect(await status()).toBe('SERVING');
    } finally {
      stub.close();
    }
  });
});
