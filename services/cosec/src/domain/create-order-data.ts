/**
 * The data of one create-order saga (stored as JSON with the instance; the same shape as the proto3 JSON form of
 * mallbots.cosec.v1.CreateOrderSagaData).
 *
 * Rules: an order has at least one line; the total is recomputed here from the lines (price x quantity, rounded
 * to cents), because step 3 confirms exactly this amount against the authorized payment; the shopping list id is
 * blank until depot's CreatedShoppingList reply names it, and is then set once.
 */
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';

export interface CreateOrderItem {
  productId: string;
  storeId: string;
  price: number;
  quantity: number;
}

export interface CreateOrderData {
  orderId: string;
  customerId: string;
  paymentId: string;
  shoppingId: string;
  items: CreateOrderItem[];
  total: number;
}

/** A validated new order, as OrderCreated announces it. */
export interface OrderToCreate {
  orderId: string;
  customerId: string;
  paymentId: string;
  items: CreateOrderItem[];
}

const cents = (amount: number): number => Math.round(amount * 100) / 100;

export function newCreateOrderData(order: OrderToCreate): CreateOrderData {
  if (order.items.length === 0) throw new InvalidArgument('an order needs at least one item', 'items');
  const items = order.items.map((i) => ({ productId: i.productId, storeId: i.storeId, price: i.price, quantity: i.quantity }));
  return {
    orderId: order.orderId,
    customerId: order.customerId,
    paymentId: order.paymentId,
    shoppingId: '',
    items,
    total: cents(items.reduce((sum, i) => sum + i.price * i.quantity, 0)),
  };
}

/** Records the shopping list depot created for the order. */
export function withShoppingId(data: CreateOrderData, shoppingId: string): CreateOrderData {
  if (data.shoppingId !== '' && data.shoppingId !== shoppingId) {
    throw new FailedPrecondition(`order ${data.orderId} already has shopping list ${data.shoppingId}`);
  }
  return { ...data, shoppingId };
}
