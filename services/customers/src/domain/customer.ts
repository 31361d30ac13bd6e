/**
 * The Customer aggregate (a plain row, not event sourced).
 *
 * Rules: a customer registers with a non-blank name and an SMS number and starts enabled; enable/disable
 * fail when already in that state; a disabled customer is not authorized to place orders. Each change records
 * a domain event that the application turns into an integration event.
 */
import { FailedPrecondition, InvalidArgument, PermissionDenied } from '@mallbots/rpc/errors';

export type CustomerEvent =
  { type: 'CustomerRegistered' } | { type: 'CustomerEnabled' } | { type: 'CustomerDisabled' } | { type: 'CustomerSmsChanged' };

export interface CustomerState {
  id: string;
  name: string;
  smsNumber: string;
  enabled: boolean;
}

export class Customer {
  readonly id: string;
  #name: string;
  #smsNumber: string;
  #enabled: boolean;
  #events: CustomerEvent[] = [];

  private constructor(state: CustomerState) {
    this.id = state.id;
    this.#name = state.name;
    this.#smsNumber = state.smsNumber;
    this.#enabled = state.enabled;
  }

  static register(id: string, name: string, smsNumber: string): Customer {
    if (id.trim() === '') throw new InvalidArgument('the customer id cannot be blank', 'id');
    if (name.trim() === '') throw new InvalidArgument('the customer name cannot be blank', 'name');
    if (smsNumber.trim() === '') throw new InvalidArgument('the SMS number cannot be blank', 'sms_number');
    const c = new Customer({ id, name: name.trim(), smsNumber: smsNumber.trim(), enabled: true });
    c.#events.push({ type: 'CustomerRegistered' });
    return c;
  }

  static restore(state: CustomerState): Customer {
    return new Customer(state);
  }

  get name(): string {
    return this.#name;
  }
  get smsNumber(): string {
    return this.#smsNumber;
  }
  get enabled(): boolean {
    return this.#enabled;
  }

  enable(): void {
    if (this.#enabled) throw new FailedPrecondition('the customer is already enabled');
    this.#enabled = true;
    this.#events.push({ type: 'CustomerEnabled' });
  }

  disable(): void {
    if (!this.#enabled) throw new FailedPrecondition('the customer is already disabled');
    this.#enabled = false;
    this.#events.push({ type: 'CustomerDisabled' });
  }

  /** Changes the number; changing it to the same number is a no-op (no event). */
  changeSmsNumber(smsNumber: string): void {
    if (smsNumber.trim() === '') throw new InvalidArgument('the SMS number cannot be blank', 'sms_number');
    if (smsNumber.trim() === this.#smsNumber) return;
    this.#smsNumber = smsNumber.trim();
    this.#events.push({ type: 'CustomerSmsChanged' });
  }

  /** Throws PermissionDenied when the customer may not place orders. Changes nothing. */
  authorize(): void {
    if (!this.#enabled) throw new PermissionDenied('customer is not authorized');
  }

  state(): CustomerState {
    return { id: this.id, name: this.#name, smsNumber: this.#smsNumber, enabled: this.#enabled };
  }

  /** Returns and clears the events recorded since the last call. */
  pullEvents(): CustomerEvent[] {
    const e = this.#events;
    this.#events = [];
    return e;
  }
}
