/**
 * baskets: wiring by hand. Everything the service needs is constructed here and passed in explicitly.
 */
import { peerSpec, type ServiceDefinition } from '@mallbots/runtime';
import { migrations } from '../migrations/index.ts';
import { basketsGrpc } from './grpc/baskets-server.ts';
import { StoresClient } from './grpc/stores-client.ts';
import { storesEventsConsumer } from './handlers/stores-events.ts';
import { BasketRepository } from './persistence/basket.repository.ts';
import { CatalogueCache } from './persistence/catalogue-cache.ts';

const config = { ...peerSpec('stores') };

export const basketsService: ServiceDefinition<typeof config> = {
  name: 'baskets',
  grpcPort: 9003,
  httpPort: 9103,
  config,
  entities: [],
  migrations,
  build: ({ tm, logger, config }) => {
    const schema = config.DATABASE_SCHEMA;
    const baskets = new BasketRepository(schema);
    const catalogue = new CatalogueCache(schema);
    const stores = new StoresClient(config.STORES_GRPC_ADDR);
    return {
      grpc: [basketsGrpc({ tm, baskets, catalogue, stores, logger })],
      consumers: [storesEventsConsumer(catalogue)],
      stop: async () => stores.close(),
    };
  },
};
