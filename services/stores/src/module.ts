/**
 * stores: wiring by hand. Everything the service needs is constructed here and passed in explicitly.
 *
 * The service publishes events but consumes none (no handlers/, no consumer groups).
 * SNAPSHOT_EVERY (default 20; 0 = never): a snapshot of an aggregate is stored whenever its version crosses a
 * multiple of it, so a load reads at most SNAPSHOT_EVERY - 1 events after the snapshot.
 */
import { int } from '@mallbots/config';
import { EventStore, everyNEvents, neverSnapshot } from '@mallbots/es';
import type { ServiceDefinition } from '@mallbots/runtime';
import { migrations } from '../migrations/index.ts';
import type { StoresDeps } from './application/stores-deps.ts';
import { storesGrpc } from './grpc/stores-server.ts';
import { ProductRecord } from './persistence/product.entity.ts';
import { ProductProjection } from './persistence/product.projection.ts';
import { ProductRepository } from './persistence/product.repository.ts';
import { StoreRecord } from './persistence/store.entity.ts';
import { StoreProjection } from './persistence/store.projection.ts';
import { StoreRepository } from './persistence/store.repository.ts';

const storesConfig = {
  SNAPSHOT_EVERY: int({ default: 20, min: 0, max: 1_000_000 }),
};

export const storesService: ServiceDefinition<typeof storesConfig> = {
  name: 'stores',
  grpcPort: 9001,
  httpPort: 9101,
  config: storesConfig,
  entities: [StoreRecord, ProductRecord],
  migrations,
  build: ({ tm, logger, config }) => {
    const every = config.SNAPSHOT_EVERY;
    const events = new EventStore({
      schema: config.DATABASE_SCHEMA,
      snapshotPolicy: every > 0 ? everyNEvents(every) : neverSnapshot,
    });
    const app: StoresDeps = {
      stores: new StoreRepository(events),
      products: new ProductRepository(events),
      storeProjection: new StoreProjection(),
      productProjection: new ProductProjection(),
    };
    return {
      grpc: [storesGrpc({ tm, app, logger })],
      consumers: [],
    };
  },
};
