/**
 * The Order aggregate (event sourced).
 *
 * Life cycle (every transition is checked, unlike the original, which let Reject/Approve/Ready/Complete happen
 * from any status):
 *
 *   (new) --create--> pending --approve(shoppingId)--> approved --ready--> ready --complete(invoiceId)--> completed
 *                     pending --reject--> rejected
 *                     pending --cancel--> cancelled
 *
 * Approve and Reject are driven by the create-order saga, whose commands can arrive more than once (redelivery
 * under a new message id, an operator's retry). They are therefore idempotent where the fact already holds:
 * approving an order that was already approved with the same shopping list, or rejecting a rejected one, changes
 * nothing and raises no event. Rejecting a cancelled order is also a no-op: the order is already closed for good
 * and the saga's compensation has nothing left to undo (failing it would park the saga for an operator).
 * Every other illegal transition throws FailedPrecondition. Money is kept as given (rounded to cents by the
 * adapters); the total is summed in integer cents so it never drifts.
 */
import { AggregateRoot } from '@mallbots/es';
import { AlreadyExists, FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';

export const OrderStatus = {
  New: '',
  Pending: 'pending',
  Rejected: 'rejected',
  Approved: 'approved',
  Ready: 'ready',
  Completed: 'completed',
  Cancelled: 'cancelled',
} as const;
export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus];

export interface OrderItem {
  storeId: string;
  productId: string;
  storeName: string;
  productName: string;
  /** Unit price, >= 0. */
  price: number;
  /** Integer >= 1. */
  quantity: number;
}

export interface NewOrder {
  customerId: string;
  paymentId: string;
  items: readonly OrderItem[];
}

/** Domain events as stored in the event store (stream `ordering.Order`). */
export type OrderEvent =
  | { name: 'ordering.OrderCreated'; customerId: string; paymentId: string; items: OrderItem[] }
  | { name: 'ordering.OrderRejected' }
  | { name: 'ordering.OrderApproved'; shoppingId: string }
  | { name: 'ordering.OrderCanceled' }
  | { name: 'ordering.OrderReadied' }
  | { name: 'ordering.OrderCompleted'; invoiceId: string };

export interface OrderSnapshot {
  customerId: string;
  paymentId: string;
  shoppingId: string;
  invoiceId: string;
  items: OrderItem[];
  status: OrderStatus;
}

/** Σ price·quantity, computed in integer cents. */
export function orderTotal(items: readonly OrderItem[]): number {
  const cents = items.reduce((sum, i) => sum + Math.round(i.price * 100) * i.quantity, 0);
  return cents / 100;
}

function checkItem(item: OrderItem, i: number): OrderItem {
  const f = (name: string): string => `items[${i}].${name}`;
  for (const [key, field] of [
    ['storeId', 'store_id'],
    ['productId', 'product_id'],
    ['storeName', 'store_name'],
    ['productName', 'product_name'],
  ] as const) {
    if (item[key].trim() === '') throw new InvalidArgument(`${f(field)} cannot be blank`, f(field));
  }
  if (!Number.isFinite(item.price) || item.price < 0) throw new InvalidArgument(`${f('price')} cannot be negative`, f('price'));
  if (!Number.isInteger(item.quantity) || item.quantity < 1) {
    throw new InvalidArgument(`${f('quantity')} must be at least 1`, f('quantity'));
  }
  return { ...item };
}

export class Order extends AggregateRoot<OrderEvent, OrderSnapshot> {
  readonly streamName = 'ordering.Order';
  #customerId = '';
  #paymentId = '';
  #shoppingId = '';
  #invoiceId = '';
  #items: OrderItem[] = [];
  #status: OrderStatus = OrderStatus.New;

  get customerId(): string {
    return this.#customerId;
  }
  get paymentId(): string {
    return this.#paymentId;
  }
  get shoppingId(): string {
    return this.#shoppingId;
  }
  get invoiceId(): string {
    return this.#invoiceId;
  }
  get items(): readonly OrderItem[] {
    return this.#items;
  }
  get status(): OrderStatus {
    return this.#status;
  }
  get total(): number {
    return orderTotal(this.#items);
  }

  /** Creates the order: only once per id (status must be new), with a customer, a payment and at least one item. */
  create(order: NewOrder): void {
    if (this.#status !== OrderStatus.New) throw new AlreadyExists(`order ${this.id} already exists`);
    if (order.customerId.trim() === '') throw new InvalidArgument('customer_id cannot be blank', 'customer_id');
    if (order.paymentId.trim() === '') throw new InvalidArgument('payment_id cannot be blank', 'payment_id');
    if (order.items.length === 0) throw new InvalidArgument('an order needs at least one item', 'items');
    this.raise({
      name: 'ordering.OrderCreated',
      customerId: order.customerId,
      paymentId: order.paymentId,
      items: order.items.map(checkItem),
    });
  }

  /** Saga compensation: pending -> rejected. Rejected or cancelled already: no-op. */
  reject(): void {
    if (this.#status === OrderStatus.Rejected || this.#status === OrderStatus.Cancelled) return;
    this.#require(OrderStatus.Pending, 'rejected');
    this.raise({ name: 'ordering.OrderRejected' });
  }

  /**
   * Saga's last step: pending -> approved with the shopping list. A repeat with the same list after the order was
   * approved (also once it moved on to ready or completed) is a no-op; another list is refused.
   */
  approve(shoppingId: string): void {
    if (shoppingId.trim() === '') throw new InvalidArgument('shopping_id cannot be blank', 'shopping_id');
    const approvedOnce =
      this.#status === OrderStatus.Approved || this.#status === OrderStatus.Ready || this.#status === OrderStatus.Completed;
    if (approvedOnce && this.#shoppingId === shoppingId) return;
    if (approvedOnce) {
      throw new FailedPrecondition(`order ${this.id} is already approved with shopping list ${this.#shoppingId}`);
    }
    this.#require(OrderStatus.Pending, 'approved');
    this.raise({ name: 'ordering.OrderApproved', shoppingId });
  }

  /** The customer changes their mind: pending -> cancelled. */
  cancel(): void {
    this.#require(OrderStatus.Pending, 'cancelled');
    this.raise({ name: 'ordering.OrderCanceled' });
  }

  /** The bots shopped it: approved -> ready. */
  ready(): void {
    this.#require(OrderStatus.Approved, 'made ready');
    this.raise({ name: 'ordering.OrderReadied' });
  }

  /** Paid and picked up: ready -> completed, keeping the invoice id. */
  complete(invoiceId: string): void {
    if (invoiceId.trim() === '') throw new InvalidArgument('invoice_id cannot be blank', 'invoice_id');
    this.#require(OrderStatus.Ready, 'completed');
    this.raise({ name: 'ordering.OrderCompleted', invoiceId });
  }

  #require(from: OrderStatus, verb: string): void {
    if (this.#status === OrderStatus.New) throw new FailedPrecondition(`order ${this.id} does not exist`);
    if (this.#status !== from) {
      throw new FailedPrecondition(`order ${this.id} is ${this.#status}; only ${from} orders can be ${verb}`);
    }
  }

  protected apply(e: OrderEvent): void {
    switch (e.name) {
      case 'ordering.OrderCreated':
        this.#customerId = e.customerId;
        this.#paymentId = e.paymentId;
        this.#items = e.items.map((i) => ({ ...i }));
        this.#status = OrderStatus.Pending;
        break;
      case 'ordering.OrderRejected':
        this.#status = OrderStatus.Rejected;
        break;
      case 'ordering.OrderApproved':
        this.#shoppingId = e.shoppingId;
        this.#status = OrderStatus.Approved;
        break;
      case 'ordering.OrderCanceled':
        this.#status = OrderStatus.Cancelled;
        break;
      case 'ordering.OrderReadied':
        this.#status = OrderStatus.Ready;
        break;
      case 'ordering.OrderCompleted':
        this.#invoiceId = e.invoiceId;
        this.#status = OrderStatus.Completed;
        break;
    }
  }

  toSnapshot(): OrderSnapshot {
    return {
      customerId: this.#customerId,
      paymentId: this.#paymentId,
      shoppingId: this.#shoppingId,
      invoiceId: this.#invoiceId,
      items: this.#items.map((i) => ({ ...i })),
      status: this.#status,
    };
  }

  protected fromSnapshot(s: OrderSnapshot): void {
    this.#customerId = s.customerId;
    this.#paymentId = s.paymentId;
    this.#shoppingId = s.shoppingId;
    this.#invoiceId = s.invoiceId;
    this.#items = s.items.map((i) => ({ ...i }));
    this.#status = s.status;
  }
}
