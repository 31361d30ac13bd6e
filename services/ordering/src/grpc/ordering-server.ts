/**
 * gRPC adapter of ordering: validates and normalises each request, runs one application use case in a unit of
 * work, and maps the result to the response. Domain errors become status codes in lib/rpc.
 */
import { randomUUID } from 'node:crypto';
import { Services, type ordering } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { grpcService } from '@mallbots/runtime';
import type { Logger } from '@mallbots/telemetry';
import type { TransactionManager } from '@mallbots/tm';
import { cancelOrder } from '../application/cancel-order.ts';
import { completeOrder } from '../application/complete-order.ts';
import { createOrder } from '../application/create-order.ts';
import { getOrder } from '../application/get-order.ts';
import { parseNewOrder } from '../application/order-input.ts';
import { readyOrder } from '../application/ready-order.ts';
import { OrderStatus, type Order } from '../domain/order.ts';
import type { OrderRepository } from '../persistence/order.repository.ts';

const STATUS: Record<OrderStatus, ordering.OrderStatus__Output> = {
  [OrderStatus.New]: 'ORDER_STATUS_UNSPECIFIED',
  [OrderStatus.Pending]: 'ORDER_STATUS_PENDING',
  [OrderStatus.Rejected]: 'ORDER_STATUS_REJECTED',
  [OrderStatus.Approved]: 'ORDER_STATUS_APPROVED',
  [OrderStatus.Ready]: 'ORDER_STATUS_READY',
  [OrderStatus.Completed]: 'ORDER_STATUS_COMPLETED',
  [OrderStatus.Cancelled]: 'ORDER_STATUS_CANCELLED',
};

function toProto(o: Order): ordering.Order {
  return {
    id: o.id,
    customerId: o.customerId,
    paymentId: o.paymentId,
    shoppingId: o.shoppingId,
    invoiceId: o.invoiceId,
    items: o.items.map((i) => ({ ...i })),
    total: o.total,
    status: STATUS[o.status],
  };
}

export function orderingGrpc(deps: { tm: TransactionManager; orders: OrderRepository; logger: Logger }) {
  const { tm, orders } = deps;
  return grpcService(
    Services.ordering,
    {
      CreateOrder: async (req) => {
        const input = parseNewOrder(req);
        const id = randomUUID();
        await tm.run((uow) => createOrder(orders, uow, id, input));
        return { id };
      },
      GetOrder: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const order = await tm.run((uow) => getOrder(orders, uow, id));
        return { order: toProto(order) };
      },
      CancelOrder: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        await tm.run((uow) => cancelOrder(orders, uow, id));
        return {};
      },
      ReadyOrder: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        await tm.run((uow) => readyOrder(orders, uow, id));
        return {};
      },
      CompleteOrder: async (req) => {
        const id = validate.requiredId(req.id, 'id');
        const invoiceId = validate.requiredId(req.invoiceId, 'invoice_id');
        await tm.run((uow) => completeOrder(orders, uow, id, invoiceId));
        return {};
      },
    },
    deps.logger,
  );
}
