/**
 * gRPC adapter of search: validates each request (search-request.ts), runs one query in a unit of work and maps
 * the read model to the response. Domain errors become status codes in lib/rpc.
 */
import { Services } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { grpcService } from '@mallbots/runtime';
import type { Logger } from '@mallbots/telemetry';
import type { TransactionManager } from '@mallbots/tm';
import { getOrder } from '../application/get-order.ts';
import { searchOrders } from '../application/search-orders.ts';
import type { OrderViewRepository } from '../persistence/order-view.repository.ts';
import { parseSearchRequest, toProtoOrder } from './search-request.ts';

export function searchGrpc(deps: { tm: TransactionManager; orders: OrderViewRepository; logger: Logger }) {
  const { tm, orders } = deps;
  return grpcService(
    Services.search,
    {
      SearchOrders: async (req) => {
        const query = parseSearchRequest(req);
        const page = await tm.run((uow) => searchOrders(orders, uow, query));
        return { orders: page.orders.map(toProtoOrder), next: page.next };
      },
      GetOrder: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const order = await tm.run((uow) => getOrder(orders, uow, id));
        return { order: toProtoOrder(order) };
      },
    },
    deps.logger,
  );
}
