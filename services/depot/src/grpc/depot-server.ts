/**
 * gRPC adapter of depot: validates and normalises each request, runs one application use case in a unit of work,
 * and maps the result to the response. Domain errors become status codes in lib/rpc.
 */
import { Services, type depot } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { AlreadyExists, InvalidArgument } from '@mallbots/rpc/errors';
import { grpcService } from '@mallbots/runtime';
import type { Logger } from '@mallbots/telemetry';
import type { TransactionManager } from '@mallbots/tm';
import { assignShoppingList } from '../application/assign-shopping-list.ts';
import { cancelShoppingList } from '../application/cancel-shopping-list.ts';
import { completeShoppingList } from '../application/complete-shopping-list.ts';
import { createShoppingList } from '../application/create-shopping-list.ts';
import { getShoppingList } from '../application/get-shopping-list.ts';
import { initiateShopping } from '../application/initiate-shopping.ts';
import { listShoppingLists } from '../application/list-shopping-lists.ts';
import type { CatalogDeps } from '../application/lookup-shopping-lines.ts';
import { parseCreateShoppingList } from '../application/shopping-list-input.ts';
import { ShoppingListStatus, type ShoppingList } from '../domain/shopping-list.ts';
import type { ShoppingListRepository } from '../persistence/shopping-list.repository.ts';

const TO_PROTO: Record<ShoppingListStatus, depot.ShoppingListStatus__Output> = {
  [ShoppingListStatus.Pending]: 'SHOPPING_LIST_STATUS_PENDING',
  [ShoppingListStatus.Available]: 'SHOPPING_LIST_STATUS_AVAILABLE',
  [ShoppingListStatus.Assigned]: 'SHOPPING_LIST_STATUS_ASSIGNED',
  [ShoppingListStatus.Active]: 'SHOPPING_LIST_STATUS_ACTIVE',
  [ShoppingListStatus.Completed]: 'SHOPPING_LIST_STATUS_COMPLETED',
  [ShoppingListStatus.Canceled]: 'SHOPPING_LIST_STATUS_CANCELED',
};
const FROM_PROTO = new Map<unknown, ShoppingListStatus>(
  Object.entries(TO_PROTO).map(([domain, proto]) => [proto, domain as ShoppingListStatus]),
);

export const DEFAULT_LIST_LIMIT = 20;
export const MAX_LIST_LIMIT = 100;

function toProto(list: ShoppingList): depot.ShoppingList {
  const s = list.state();
  return { id: s.id, orderId: s.orderId, stops: s.stops, assignedBotId: s.assignedBotId, status: TO_PROTO[s.status] };
}

/** UNSPECIFIED (or absent) means any status. */
function statusFilter(value: unknown): ShoppingListStatus | undefined {
  if (value === undefined || value === 'SHOPPING_LIST_STATUS_UNSPECIFIED' || value === 0) return undefined;
  const status = FROM_PROTO.get(value);
  if (!status) throw new InvalidArgument(`status ${String(value)} is not a shopping list status`, 'status');
  return status;
}

export function depotGrpc(deps: CatalogDeps & { tm: TransactionManager; lists: ShoppingListRepository; logger: Logger }) {
  const { tm, lists } = deps;
  const id = (req: { id: unknown }): string => validate.requiredId(req.id, 'id');
  return grpcService(
    Services.depot,
    {
      CreateShoppingList: async (req) => {
        const cmd = parseCreateShoppingList(req);
        const r = await tm.run((uow) => createShoppingList(deps, uow, cmd));
        // Over the API a second list for an order is a client mistake worth reporting (the saga gets the id).
        if (!r.created) throw new AlreadyExists(`order ${cmd.orderId} already has shopping list ${r.id}`);
        return { id: r.id };
      },
      GetShoppingList: async (req) => {
        const list = await tm.run((uow) => getShoppingList(lists, uow, id(req)));
        return { shoppingList: toProto(list) };
      },
      ListShoppingLists: async (req) => {
        const status = statusFilter(req.status);
        const orderId = validate.optionalId(req.orderId, 'order_id');
        const limit = validate.integer(req.limit, 'limit', { min: 0, max: MAX_LIST_LIMIT }) || DEFAULT_LIST_LIMIT;
        const found = await tm.run((uow) => listShoppingLists(lists, uow, { status, orderId, limit }));
        return { shoppingLists: found.map(toProto) };
      },
      CancelShoppingList: async (req) => {
        const listId = id(req);
        await tm.run((uow) => cancelShoppingList(lists, uow, listId));
        return {};
      },
      InitiateShopping: async (req) => {
        const listId = id(req);
        await tm.run((uow) => initiateShopping(lists, uow, listId));
        return {};
      },
      AssignShoppingList: async (req) => {
        const listId = id(req);
        const botId = validate.requiredText(req.botId, 'bot_id');
        await tm.run((uow) => assignShoppingList(lists, uow, listId, botId));
        return {};
      },
      CompleteShoppingList: async (req) => {
        const listId = id(req);
        await tm.run((uow) => completeShoppingList(lists, uow, listId));
        return {};
      },
    },
    deps.logger,
  );
}
