/**
 * ordering: wiring by hand. Everything the service needs is constructed here and passed in explicitly.
 */
import type { ServiceDefinition } from '@mallbots/runtime';
import { migrations } from '../migrations/index.ts';
import { orderingGrpc } from './grpc/ordering-server.ts';
import { basketEvents } from './handlers/baskets-events.ts';
import { depotEvents } from './handlers/depot-events.ts';
import { orderCommands } from './handlers/order-commands.ts';
import { OrderRepository } from './persistence/order.repository.ts';

export const orderingService: ServiceDefinition = {
  name: 'ordering',
  grpcPort: 9004,
  httpPort: 9104,
  entities: [],
  migrations,
  build: ({ tm, logger, config }) => {
    const orders = new OrderRepository(config.DATABASE_SCHEMA);
    return {
      grpc: [orderingGrpc({ tm, orders, logger })],
      consumers: [basketEvents(orders, logger), depotEvents(orders), orderCommands(orders)],
    };
  },
};
