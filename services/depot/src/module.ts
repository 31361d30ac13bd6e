/**
 * depot: wiring by hand. Everything the service needs is constructed here and passed in explicitly.
 */
import { peerSpec, type ServiceDefinition } from '@mallbots/runtime';
import { migrations } from '../migrations/index.ts';
import { depotGrpc } from './grpc/depot-server.ts';
import { StoresClient } from './grpc/stores-client.ts';
import { depotCommands } from './handlers/depot-commands.ts';
import { orderingEvents } from './handlers/ordering-events.ts';
import { storeEvents } from './handlers/stores-events.ts';
import { CatalogCacheRepository } from './persistence/catalog-cache.repository.ts';
import { ShoppingListRecord } from './persistence/shopping-list.entity.ts';
import { ShoppingListRepository } from './persistence/shopping-list.repository.ts';

const config = { ...peerSpec('stores') };

export const depotService: ServiceDefinition<typeof config> = {
  name: 'depot',
  grpcPort: 9005,
  httpPort: 9105,
  config,
  entities: [ShoppingListRecord],
  migrations,
  build: ({ tm, logger, config }) => {
    const lists = new ShoppingListRepository(config.DATABASE_SCHEMA);
    const cache = new CatalogCacheRepository(config.DATABASE_SCHEMA);
    const stores = new StoresClient(config.STORES_GRPC_ADDR);
    return {
      grpc: [depotGrpc({ tm, lists, cache, stores, logger })],
      consumers: [storeEvents(cache), orderingEvents(lists, logger), depotCommands({ lists, cache, stores, logger })],
      stop: async () => stores.close(),
    };
  },
};
