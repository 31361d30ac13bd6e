import { defineEntity, p } from '@mikro-orm/core';
import { timestampProperties } from '@mallbots/db';
import type { Stops } from '../domain/shopping-list.ts';

/** Row of `depot.shopping_lists`. */
export const ShoppingListRecord = defineEntity({
  name: 'ShoppingListRecord',
  tableName: 'shopping_lists',
  properties: {
    id: p.string().primary(),
    orderId: p.string().fieldName('order_id'),
    stops: p.json<Stops>(),
    assignedBotId: p.string().fieldName('assigned_bot_id').nullable(),
    status: p.string(),
    ...timestampProperties(),
  },
});
