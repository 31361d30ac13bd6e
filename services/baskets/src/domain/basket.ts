/**
 * The Basket aggregate (event sourced).
 *
 * Lifecycle: '' -> open (start) -> canceled | checked_out. Only an open basket changes.
 * - start: a customer id is required. The customer is not checked here: the create-order saga authorizes the
 *   customer before any order proceeds, and a kiosk must not stop working while customers is down.
 * - addItem: quantity is an integer 1..MAX_QUANTITY (the original accepted 0). Store, names and price come from
 *   the catalogue lookup at add time and are kept with the line; a repeated add sums the quantities and keeps the
 *   line's first price and names (as the original). A line holds at most MAX_QUANTITY units and a basket at most
 *   MAX_LINES products.
 * - removeItem: quantity 1..MAX_QUANTITY; reduces the line by the quantity and deletes it when it drops to zero
 *   or below (the original deleted it at `<= 1`, so removing 1 of 2 removed both). Removing a product that is not
 *   in the basket is a no-op (no event), as the API documents.
 * - cancel: open only; clears the items.
 * - checkout: open only, at least one item, a payment id is required.
 */
import { AggregateRoot } from '@mallbots/es';
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';

export const MAX_QUANTITY = 1000;
export const MAX_LINES = 100;

export type BasketStatus = '' | 'open' | 'canceled' | 'checked_out';

/** A basket line: what was looked up when the product was first added, and how many. */
export interface BasketItem {
  storeId: string;
  productId: string;
  storeName: string;
  productName: string;
  /** Unit price at add time, rounded to cents. */
  price: number;
  quantity: number;
}

/** What the catalogue lookup yields for a product (a line without its quantity). */
export type CatalogueProduct = Omit<BasketItem, 'quantity'>;

export type BasketEvent =
  | { name: 'baskets.BasketStarted'; customerId: string }
  | { name: 'baskets.BasketItemAdded'; item: BasketItem }
  | { name: 'baskets.BasketItemRemoved'; productId: string; quantity: number }
  | { name: 'baskets.BasketCanceled' }
  | { name: 'baskets.BasketCheckedOut'; paymentId: string };

export interface BasketSnapshot {
  customerId: string;
  paymentId: string;
  status: BasketStatus;
  items: BasketItem[];
}

const STATUS_TEXT: Record<BasketStatus, string> = {
  '': 'not started',
  open: 'open',
  canceled: 'canceled',
  checked_out: 'checked out',
};

function checkQuantity(quantity: number): void {
  if (!Number.isInteger(quantity)) throw new InvalidArgument('quantity must be an integer', 'quantity');
  if (quantity < 1) throw new InvalidArgument('quantity must be at least 1', 'quantity');
  if (quantity > MAX_QUANTITY) throw new InvalidArgument(`quantity must be at most ${MAX_QUANTITY}`, 'quantity');
}

export class Basket extends AggregateRoot<BasketEvent, BasketSnapshot> {
  readonly streamName = 'baskets.Basket';
  #customerId = '';
  #paymentId = '';
  #status: BasketStatus = '';
  /** Keyed by product id. */
  #items = new Map<string, BasketItem>();

  static start(id: string, customerId: string): Basket {
    if (id.trim() === '') throw new InvalidArgument('the basket id cannot be blank', 'id');
    if (customerId.trim() === '') throw new InvalidArgument('the customer id cannot be blank', 'customer_id');
    const b = new Basket(id);
    b.raise({ name: 'baskets.BasketStarted', customerId: customerId.trim() });
    return b;
  }

  get customerId(): string {
    return this.#customerId;
  }
  get paymentId(): string {
    return this.#paymentId;
  }
  get status(): BasketStatus {
    return this.#status;
  }
  /** The lines, ordered by product id. */
  get items(): BasketItem[] {
    return [...this.#items.values()].sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0));
  }

  /** Throws FailedPrecondition unless the basket is open; `action` says what was attempted. */
  assertOpen(action: string): void {
    if (this.#status !== 'open') throw new FailedPrecondition(`cannot ${action}: the basket is ${STATUS_TEXT[this.#status]}`);
  }

  addItem(product: CatalogueProduct, quantity: number): void {
    this.assertOpen('add items');
    checkQuantity(quantity);
    if (!Number.isFinite(product.price) || product.price < 0) throw new InvalidArgument('the price cannot be negative', 'price');
    if (product.productName.trim() === '') throw new InvalidArgument('the product name cannot be blank', 'product_name');
    const current = this.#items.get(product.productId);
    if (current && current.quantity + quantity > MAX_QUANTITY) {
      throw new FailedPrecondition(`a basket line holds at most ${MAX_QUANTITY} units of a product`);
    }
    if (!current && this.#items.size >= MAX_LINES) {
      throw new FailedPrecondition(`a basket holds at most ${MAX_LINES} different products`);
    }
    this.raise({ name: 'baskets.BasketItemAdded', item: { ...product, price: Math.round(product.price * 100) / 100, quantity } });
  }

  /** Returns false (and records nothing) when the product is not in the basket. */
  removeItem(productId: string, quantity: number): boolean {
    this.assertOpen('remove items');
    checkQuantity(quantity);
    if (!this.#items.has(productId)) return false;
    this.raise({ name: 'baskets.BasketItemRemoved', productId, quantity });
    return true;
  }

  cancel(): void {
    this.assertOpen('cancel the basket');
    this.raise({ name: 'baskets.BasketCanceled' });
  }

  checkout(paymentId: string): void {
    this.assertOpen('check out the basket');
    if (paymentId.trim() === '') throw new InvalidArgument('the payment id cannot be blank', 'payment_id');
    if (this.#items.size === 0) throw new FailedPrecondition('cannot check out an empty basket');
    this.raise({ name: 'baskets.BasketCheckedOut', paymentId: paymentId.trim() });
  }

  protected apply(e: BasketEvent): void {
    switch (e.name) {
      case 'baskets.BasketStarted':
        this.#customerId = e.customerId;
        this.#status = 'open';
        break;
      case 'baskets.BasketItemAdded': {
        const current = this.#items.get(e.item.productId);
        // A repeated add keeps the line's first price and names and sums the quantities.
        if (current) this.#items.set(e.item.productId, { ...current, quantity: current.quantity + e.item.quantity });
        else this.#items.set(e.item.productId, { ...e.item });
        break;
      }
      case 'baskets.BasketItemRemoved': {
        const current = this.#items.get(e.productId);
        if (!current) break;
        const left = current.quantity - e.quantity;
        if (left <= 0) this.#items.delete(e.productId);
        else this.#items.set(e.productId, { ...current, quantity: left });
        break;
      }
      case 'baskets.BasketCanceled':
        this.#status = 'canceled';
        this.#items.clear();
        break;
      case 'baskets.BasketCheckedOut':
        this.#paymentId = e.paymentId;
        this.#status = 'checked_out';
        break;
    }
  }

  toSnapshot(): BasketSnapshot {
    return { customerId: this.#customerId, paymentId: this.#paymentId, status: this.#status, items: this.items };
  }

  protected fromSnapshot(s: BasketSnapshot): void {
    this.#customerId = s.customerId;
    this.#paymentId = s.paymentId;
    this.#status = s.status;
    this.#items = new Map(s.items.map((i) => [i.productId, { ...i }]));
  }
}
