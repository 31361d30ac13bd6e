/**
 * The Store aggregate (event sourced, stream `stores.Store`).
 *
 * Rules: a store starts with a non-blank name and location and does not participate in the mall;
 * enabling/disabling participation fails with FAILED_PRECONDITION when the store is already in that state;
 * a rebrand needs a non-blank name, and a rebrand to the current name changes nothing (no event, no new version).
 * Participation is informational: nothing else in the system is refused to a non-participating store.
 */
import { AggregateRoot } from '@mallbots/es';
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';

// Event bodies use `storeName`, not `name`: `name` is the event's own name in the event store.
export type StoreEvent =
  | { name: 'stores.StoreCreated'; storeName: string; location: string }
  | { name: 'stores.StoreParticipationEnabled' }
  | { name: 'stores.StoreParticipationDisabled' }
  | { name: 'stores.StoreRebranded'; storeName: string };

export interface StoreSnapshot {
  name: string;
  location: string;
  participating: boolean;
}

export class Store extends AggregateRoot<StoreEvent, StoreSnapshot> {
  readonly streamName = 'stores.Store';
  #name = '';
  #location = '';
  #participating = false;

  /** InitStore: records StoreCreated. */
  static create(id: string, name: string, location: string): Store {
    const n = name.trim();
    const l = location.trim();
    if (n === '') throw new InvalidArgument('the store name cannot be blank', 'name');
    if (l === '') throw new InvalidArgument('the store location cannot be blank', 'location');
    const store = new Store(id);
    store.raise({ name: 'stores.StoreCreated', storeName: n, location: l });
    return store;
  }

  get name(): string {
    return this.#name;
  }
  get location(): string {
    return this.#location;
  }
  get participating(): boolean {
    return this.#participating;
  }

  enableParticipation(): void {
    if (this.#participating) throw new FailedPrecondition('the store is already participating');
    this.raise({ name: 'stores.StoreParticipationEnabled' });
  }

  disableParticipation(): void {
    if (!this.#participating) throw new FailedPrecondition('the store is not participating');
    this.raise({ name: 'stores.StoreParticipationDisabled' });
  }

  rebrand(name: string): void {
    const n = name.trim();
    if (n === '') throw new InvalidArgument('the store name cannot be blank', 'name');
    if (n === this.#name) return;
    this.raise({ name: 'stores.StoreRebranded', storeName: n });
  }

  protected apply(event: StoreEvent): void {
    switch (event.name) {
      case 'stores.StoreCreated':
        this.#name = event.storeName;
        this.#location = event.location;
        this.#participating = false;
        break;
      case 'stores.StoreParticipationEnabled':
        this.#participating = true;
        break;
      case 'stores.StoreParticipationDisabled':
        this.#participating = false;
        break;
      case 'stores.StoreRebranded':
        this.#name = event.storeName;
        break;
    }
  }

  toSnapshot(): StoreSnapshot {
    return { name: this.#name, location: this.#location, participating: this.#participating };
  }

  protected fromSnapshot(s: StoreSnapshot): void {
    this.#name = s.name;
    this.#location = s.location;
    this.#participating = s.participating;
  }
}
