/**
 * The Product aggregate (event sourced, stream `stores.Product`).
 *
 * Rules:
 * - a product is added to an existing store (the caller passes the loaded Store, so "the store exists" holds by
 *   construction; the original did not check it), with a non-blank name and a finite price >= 0;
 * - a rebrand needs a non-blank name; a rebrand to the current name and description changes nothing;
 * - IncreasePrice(p) needs p > current and DecreasePrice(p) needs p < current (FAILED_PRECONDITION otherwise,
 *   also when p equals the current price: a "change" that changes nothing would publish a zero-delta event);
 *   both record `delta = p - current` and the new absolute price, so a consumer never has to add deltas up;
 * - Remove records ProductRemoved; a removed product cannot be changed or removed again (FAILED_PRECONDITION).
 * Prices are amounts in cents precision: the delta is rounded to cents so that 0.1 + 0.2 style float noise never
 * reaches an event.
 */
import { AggregateRoot } from '@mallbots/es';
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';
import type { Store } from './store.ts';

// Event bodies use `productName`, not `name`: `name` is the event's own name in the event store.
export type ProductEvent =
  | {
      name: 'stores.ProductAdded';
      storeId: string;
      productName: string;
      description: string;
      sku: string;
      price: number;
    }
  | { name: 'stores.ProductRebranded'; productName: string; description: string }
  | { name: 'stores.ProductPriceIncreased'; delta: number; price: number }
  | { name: 'stores.ProductPriceDecreased'; delta: number; price: number }
  | { name: 'stores.ProductRemoved' };

export interface ProductSnapshot {
  storeId: string;
  name: string;
  description: string;
  sku: string;
  price: number;
  removed: boolean;
}

export interface NewProduct {
  name: string;
  description: string;
  sku: string;
  price: number;
}

const cents = (n: number): number => Math.round(n * 100) / 100;

function checkPrice(price: number): number {
  if (!Number.isFinite(price)) throw new InvalidArgument('the product price must be a finite number', 'price');
  if (price < 0) throw new InvalidArgument('the product price cannot be negative', 'price');
  return cents(price);
}

export class Product extends AggregateRoot<ProductEvent, ProductSnapshot> {
  readonly streamName = 'stores.Product';
  #storeId = '';
  #name = '';
  #description = '';
  #sku = '';
  #price = 0;
  #removed = false;

  /** InitProduct: records ProductAdded. */
  static add(id: string, store: Store, p: NewProduct): Product {
    const name = p.name.trim();
    if (name === '') throw new InvalidArgument('the product name cannot be blank', 'name');
    const price = checkPrice(p.price);
    const product = new Product(id);
    product.raise({
      name: 'stores.ProductAdded',
      storeId: store.id,
      productName: name,
      description: p.description.trim(),
      sku: p.sku.trim(),
      price,
    });
    return product;
  }

  get storeId(): string {
    return this.#storeId;
  }
  get name(): string {
    return this.#name;
  }
  get description(): string {
    return this.#description;
  }
  get sku(): string {
    return this.#sku;
  }
  get price(): number {
    return this.#price;
  }
  get removed(): boolean {
    return this.#removed;
  }

  rebrand(name: string, description: string): void {
    this.#assertNotRemoved();
    const n = name.trim();
    const d = description.trim();
    if (n === '') throw new InvalidArgument('the product name cannot be blank', 'name');
    if (n === this.#name && d === this.#description) return;
    this.raise({ name: 'stores.ProductRebranded', productName: n, description: d });
  }

  increasePrice(price: number): void {
    this.#assertNotRemoved();
    const p = checkPrice(price);
    if (p <= this.#price) {
      throw new FailedPrecondition(`the new price ${p} must be higher than the current price ${this.#price}`);
    }
    this.raise({ name: 'stores.ProductPriceIncreased', delta: cents(p - this.#price), price: p });
  }

  decreasePrice(price: number): void {
    this.#assertNotRemoved();
    const p = checkPrice(price);
    if (p >= this.#price) {
      throw new FailedPrecondition(`the new price ${p} must be lower than the current price ${this.#price}`);
    }
    this.raise({ name: 'stores.ProductPriceDecreased', delta: cents(p - this.#price), price: p });
  }

  remove(): void {
    this.#assertNotRemoved();
    this.raise({ name: 'stores.ProductRemoved' });
  }

  #assertNotRemoved(): void {
    if (this.#removed) throw new FailedPrecondition('the product has been removed');
  }

  protected apply(event: ProductEvent): void {
    switch (event.name) {
      case 'stores.ProductAdded':
        this.#storeId = event.storeId;
        this.#name = event.productName;
        this.#description = event.description;
        this.#sku = event.sku;
        this.#price = event.price;
        break;
      case 'stores.ProductRebranded':
        this.#name = event.productName;
        this.#description = event.description;
        break;
      case 'stores.ProductPriceIncreased':
      case 'stores.ProductPriceDecreased':
        // The absolute price, not price + delta: replaying many changes never accumulates float error.
        this.#price = event.price;
        break;
      case 'stores.ProductRemoved':
        this.#removed = true;
        break;
    }
  }

  toSnapshot(): ProductSnapshot {
    return {
      storeId: this.#storeId,
      name: this.#name,
      description: this.#description,
      sku: this.#sku,
      price: this.#price,
      removed: this.#removed,
    };
  }

  protected fromSnapshot(s: ProductSnapshot): void {
    this.#storeId = s.storeId;
    this.#name = s.name;
    this.#description = s.description;
    this.#sku = s.sku;
    this.#price = s.price;
    this.#removed = s.removed;
  }
}
