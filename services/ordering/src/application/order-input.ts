/**
 * Validation of order input from any adapter (a gRPC request or a BasketCheckedOut message), with the limits of
 * api.proto: customer and payment UUIDs; 1 to 100 items, each with UUID store and product ids, names of at most
 * 200 characters, a price from 0 to 1,000,000,000 (rounded to cents) and a quantity from 1 to 1000. Every problem
 * is an INVALID_ARGUMENT naming the field.
 */
import { validate } from '@mallbots/rpc';
import { InvalidArgument } from '@mallbots/rpc/errors';
import type { NewOrder, OrderItem } from '../domain/order.ts';

export const MAX_ITEMS = 100;
export const MAX_QUANTITY = 1000;

/** What both the gRPC Item and the BasketCheckedOut item look like once decoded. */
export interface RawItem {
  storeId: string;
  productId: string;
  storeName: string;
  productName: string;
  price: number;
  quantity: number;
}

export function parseItems(value: unknown): OrderItem[] {
  const items = validate.list<RawItem>(value, 'items', MAX_ITEMS);
  if (items.length === 0) throw new InvalidArgument('items must have at least one entry', 'items');
  return items.map((raw, i) => {
    const f = (name: string): string => `items[${i}].${name}`;
    return {
      storeId: validate.requiredId(raw.storeId, f('store_id')),
      productId: validate.requiredId(raw.productId, f('product_id')),
      storeName: validate.requiredText(raw.storeName, f('store_name')),
      productName: validate.requiredText(raw.productName, f('product_name')),
      price: validate.money(raw.price, f('price')),
      quantity: validate.integer(raw.quantity, f('quantity'), { min: 1, max: MAX_QUANTITY }),
    };
  });
}

export function parseNewOrder(raw: { customerId: unknown; paymentId: unknown; items: unknown }): NewOrder {
  return {
    customerId: validate.requiredId(raw.customerId, 'customer_id'),
    paymentId: validate.requiredId(raw.paymentId, 'payment_id'),
    items: parseItems(raw.items),
  };
}
