/**
 * The ShoppingList aggregate (a plain row, not event sourced): the stops a bot makes to shop one order.
 *
 * Life cycle (each transition checked; an illegal one throws FailedPrecondition):
 *
 *   create --> pending --initiate--> available --assign(bot)--> assigned --complete--> completed
 *   pending | available | assigned | active --cancel--> canceled
 *
 * Initiate makes the list available to the bots (the original only emitted an event, so no list could ever be
 * assigned or completed). `active` is part of the model (a bot is shopping) but nothing sets it yet; a list in it
 * can still be cancelled. Stops group the items per store; a product listed twice is picked once with the summed
 * quantity. Each change records a domain event; the application publishes ShoppingListCompleted.
 */
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';

export const ShoppingListStatus = {
  Pending: 'pending',
  Available: 'available',
  Assigned: 'assigned',
  Active: 'active',
  Completed: 'completed',
  Canceled: 'canceled',
} as const;
export type ShoppingListStatus = (typeof ShoppingListStatus)[keyof typeof ShoppingListStatus];

export interface StopItem {
  name: string;
  quantity: number;
}

export interface Stop {
  storeName: string;
  storeLocation: string;
  /** Keyed by product id. */
  items: Record<string, StopItem>;
}

/** Keyed by store id. */
export type Stops = Record<string, Stop>;

/** One order line with the names the bot needs, as looked up from the catalogue. */
export interface ShoppingLine {
  storeId: string;
  storeName: string;
  storeLocation: string;
  productId: string;
  productName: string;
  quantity: number;
}

export type ShoppingListEvent =
  | { type: 'ShoppingListCreated' }
  | { type: 'ShoppingListCanceled' }
  | { type: 'ShoppingListInitiated' }
  | { type: 'ShoppingListAssigned' }
  | { type: 'ShoppingListCompleted' };

export interface ShoppingListState {
  id: string;
  orderId: string;
  stops: Stops;
  assignedBotId: string;
  status: ShoppingListStatus;
}

const CANCELABLE: readonly ShoppingListStatus[] = [
  ShoppingListStatus.Pending,
  ShoppingListStatus.Available,
  ShoppingListStatus.Assigned,
  ShoppingListStatus.Active,
];

/** Statuses a list reaches only after it was initiated. */
const INITIATED: readonly ShoppingListStatus[] = [
  ShoppingListStatus.Available,
  ShoppingListStatus.Assigned,
  ShoppingListStatus.Active,
  ShoppingListStatus.Completed,
];

function groupStops(lines: readonly ShoppingLine[]): Stops {
  const stops: Stops = {};
  lines.forEach((l, i) => {
    if (!Number.isInteger(l.quantity) || l.quantity < 1) {
      throw new InvalidArgument(`items[${i}].quantity must be at least 1`, `items[${i}].quantity`);
    }
    const stop = (stops[l.storeId] ??= { storeName: l.storeName, storeLocation: l.storeLocation, items: {} });
    const item = stop.items[l.productId];
    if (item) item.quantity += l.quantity;
    else stop.items[l.productId] = { name: l.productName, quantity: l.quantity };
  });
  return stops;
}

function copyStops(stops: Stops): Stops {
  return Object.fromEntries(
    Object.entries(stops).map(([storeId, s]) => [
      storeId,
      { ...s, items: Object.fromEntries(Object.entries(s.items).map(([pid, it]) => [pid, { ...it }])) },
    ]),
  );
}

export class ShoppingList {
  readonly id: string;
  readonly orderId: string;
  readonly #stops: Stops;
  #assignedBotId: string;
  #status: ShoppingListStatus;
  #events: ShoppingListEvent[] = [];

  private constructor(state: ShoppingListState) {
    this.id = state.id;
    this.orderId = state.orderId;
    this.#stops = copyStops(state.stops);
    this.#assignedBotId = state.assignedBotId;
    this.#status = state.status;
  }

  /** A pending list for an order, with at least one line. */
  static create(id: string, orderId: string, lines: readonly ShoppingLine[]): ShoppingList {
    if (orderId.trim() === '') throw new InvalidArgument('order_id cannot be blank', 'order_id');
    if (lines.length === 0) throw new InvalidArgument('a shopping list needs at least one item', 'items');
    const list = new ShoppingList({
      id,
      orderId,
      stops: groupStops(lines),
      assignedBotId: '',
      status: ShoppingListStatus.Pending,
    });
    list.#events.push({ type: 'ShoppingListCreated' });
    return list;
  }

  static restore(state: ShoppingListState): ShoppingList {
    return new ShoppingList(state);
  }

  get status(): ShoppingListStatus {
    return this.#status;
  }
  get assignedBotId(): string {
    return this.#assignedBotId;
  }
  get stops(): Stops {
    return copyStops(this.#stops);
  }
  /** InitiateShopping already happened (the list left pending without being cancelled). */
  get initiated(): boolean {
    return INITIATED.includes(this.#status);
  }

  /** pending | available | assigned | active -> canceled. */
  cancel(): void {
    if (!CANCELABLE.includes(this.#status)) {
      throw new FailedPrecondition(
        `shopping list ${this.id} is ${this.#status}; only pending, available, assigned or active lists can be canceled`,
      );
    }
    this.#status = ShoppingListStatus.Canceled;
    this.#events.push({ type: 'ShoppingListCanceled' });
  }

  /** pending -> available: the bots may take it. */
  initiate(): void {
    this.#require(ShoppingListStatus.Pending, 'initiated');
    this.#status = ShoppingListStatus.Available;
    this.#events.push({ type: 'ShoppingListInitiated' });
  }

  /** available -> assigned to one bot. */
  assign(botId: string): void {
    if (botId.trim() === '') throw new InvalidArgument('bot_id cannot be blank', 'bot_id');
    this.#require(ShoppingListStatus.Available, 'assigned');
    this.#assignedBotId = botId.trim();
    this.#status = ShoppingListStatus.Assigned;
    this.#events.push({ type: 'ShoppingListAssigned' });
  }

  /** assigned -> completed: the order can be made ready. */
  complete(): void {
    this.#require(ShoppingListStatus.Assigned, 'completed');
    this.#status = ShoppingListStatus.Completed;
    this.#events.push({ type: 'ShoppingListCompleted' });
  }

  #require(from: ShoppingListStatus, verb: string): void {
    if (this.#status !== from) {
      throw new FailedPrecondition(`shopping list ${this.id} is ${this.#status}; only ${from} lists can be ${verb}`);
    }
  }

  state(): ShoppingListState {
    return {
      id: this.id,
      orderId: this.orderId,
      stops: copyStops(this.#stops),
      assignedBotId: this.#assignedBotId,
      status: this.#status,
    };
  }

  /** Returns and clears the events recorded since the last call. */
  pullEvents(): ShoppingListEvent[] {
    const e = this.#events;
    this.#events = [];
    return e;
  }
}
