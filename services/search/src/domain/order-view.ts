/**
 * The order read model of search: what an order looks like to someone searching, with names resolved.
 *
 * Rules:
 * - An order enters the model with the status of the event that created it (`pending`) and the Order aggregate
 *   version that event carries; every later status event carries a higher version.
 * - A status event applies only when its version is higher than the one held: events can be redelivered or
 *   overtake each other (concurrent consumers, retries), and an older fact must never overwrite a newer one.
 * - The total is Σ price·quantity of the lines, in cents (no floating-point drift), and the store and product
 *   ids are kept as sorted, distinct lists for the store/product filters.
 */
import { InvalidArgument } from '@mallbots/rpc/errors';

export const OrderStatus = {
  Pending: 'pending',
  Rejected: 'rejected',
  Approved: 'approved',
  Ready: 'ready',
  Completed: 'completed',
  Cancelled: 'cancelled',
} as const;
export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus];

export const ORDER_STATUSES: readonly OrderStatus[] = Object.values(OrderStatus);

export function isOrderStatus(value: string): value is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(value);
}

export interface OrderLine {
  productId: string;
  storeId: string;
  productName: string;
  storeName: string;
  price: number;
  quantity: number;
}

export interface OrderView {
  orderId: string;
  customerId: string;
  customerName: string;
  items: OrderLine[];
  total: number;
  status: OrderStatus;
  storeIds: string[];
  productIds: string[];
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface NewOrder {
  orderId: string;
  customerId: string;
  customerName: string;
  items: OrderLine[];
  version: number;
  createdAt: Date;
}

/** Σ price·quantity, computed in integer cents and returned in currency units. */
export function orderTotal(items: readonly Pick<OrderLine, 'price' | 'quantity'>[]): number {
  const cents = items.reduce((sum, i) => sum + Math.round(i.price * 100) * i.quantity, 0);
  return cents / 100;
}

const distinctSorted = (values: readonly string[]): string[] => [...new Set(values)].sort();

/** The read-model row of a newly created order (status pending). */
export function newOrderView(order: NewOrder): OrderView {
  if (order.items.length === 0) throw new InvalidArgument('an order needs at least one item', 'items');
  if (!Number.isInteger(order.version) || order.version < 1) throw new InvalidArgument('version must be at least 1', 'version');
  return {
    orderId: order.orderId,
    customerId: order.customerId,
    customerName: order.customerName,
    items: order.items.map((i) => ({ ...i })),
    total: orderTotal(order.items),
    status: OrderStatus.Pending,
    storeIds: distinctSorted(order.items.map((i) => i.storeId)),
    productIds: distinctSorted(order.items.map((i) => i.productId)),
    createdAt: order.createdAt,
    updatedAt: order.createdAt,
    version: order.version,
  };
}

/** Whether an event of `incoming` version may change state held at `current` version. */
export function supersedes(incoming: number, current: number): boolean {
  return incoming > current;
}
