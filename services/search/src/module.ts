/**
 * search: wiring by hand. Everything the service needs is constructed here and passed in explicitly.
 */
import { peerSpec, type ServiceDefinition } from '@mallbots/runtime';
import { migrations } from '../migrations/index.ts';
import { GrpcPeerDirectory } from './grpc/peer-directory.ts';
import { searchGrpc } from './grpc/search-server.ts';
import { searchCustomersEvents } from './handlers/customers-events.ts';
import { searchOrderingEvents } from './handlers/ordering-events.ts';
import { searchStoresEvents } from './handlers/stores-events.ts';
import { CustomerCacheRecord, ProductCacheRecord, StoreCacheRecord } from './persistence/cache.entity.ts';
import { CacheRepository } from './persistence/cache.repository.ts';
import { OrderRecord } from './persistence/order.entity.ts';
import { OrderViewRepository } from './persistence/order-view.repository.ts';

const config = { ...peerSpec('customers', 'stores') };

export const searchService: ServiceDefinition<typeof config> = {
  name: 'search',
  grpcPort: 9008,
  httpPort: 9108,
  config,
  entities: [OrderRecord, CustomerCacheRecord, StoreCacheRecord, ProductCacheRecord],
  migrations,
  build: ({ tm, logger, config }) => {
    const orders = new OrderViewRepository(config.DATABASE_SCHEMA);
    const caches = new CacheRepository(config.DATABASE_SCHEMA);
    const peers = new GrpcPeerDirectory({ customers: config.CUSTOMERS_GRPC_ADDR, stores: config.STORES_GRPC_ADDR });
    return {
      grpc: [searchGrpc({ tm, orders, logger })],
      consumers: [
        searchOrderingEvents({ orders, caches, peers, logger }),
        searchCustomersEvents(caches),
        searchStoresEvents(caches),
      ],
      stop: async () => peers.close(),
    };
  },
};
