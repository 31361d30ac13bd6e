/**
 * Validation of shopping list input from any adapter (a gRPC request or a CreateShoppingList command), with the
 * limits of api.proto: `order_id` a UUID; 1 to 100 `items`, each with UUID `product_id` and `store_id` and a
 * `quantity` from 1 to 1000. Every problem is an INVALID_ARGUMENT naming the field.
 */
import { validate } from '@mallbots/rpc';
import { InvalidArgument } from '@mallbots/rpc/errors';
import type { CreateShoppingList } from './create-shopping-list.ts';
import type { OrderLine } from './lookup-shopping-lines.ts';

export const MAX_ITEMS = 100;
export const MAX_QUANTITY = 1000;

export function parseCreateShoppingList(raw: { orderId: unknown; items: unknown }): CreateShoppingList {
  const orderId = validate.requiredId(raw.orderId, 'order_id');
  const items = validate.list<Record<string, unknown>>(raw.items, 'items', MAX_ITEMS);
  if (items.length === 0) throw new InvalidArgument('items must have at least one entry', 'items');
  return {
    orderId,
    items: items.map((it, i): OrderLine => ({
      productId: validate.requiredId(it['productId'], `items[${i}].product_id`),
      storeId: validate.requiredId(it['storeId'], `items[${i}].store_id`),
      quantity: validate.integer(it['quantity'], `items[${i}].quantity`, { min: 1, max: MAX_QUANTITY }),
    })),
  };
}
