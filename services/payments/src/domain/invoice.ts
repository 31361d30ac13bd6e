/**
 * The Invoice aggregate (a plain row): what is due for an order once it is ready for pickup.
 *
 * Rules: an invoice starts pending with an amount >= 0; its id is the order id, so an order has at most one
 * invoice. Only a pending invoice can be adjusted, paid (records InvoicePaid, published by the application) or
 * canceled; anything else is FAILED_PRECONDITION naming the current status.
 */
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';

export type InvoiceStatus = 'pending' | 'paid' | 'canceled';

export interface InvoiceState {
  id: string;
  orderId: string;
  paymentId: string;
  amount: number;
  status: InvoiceStatus;
}

export type InvoiceEvent = { type: 'InvoicePaid' };

function checkAmount(amount: number): number {
  if (!Number.isFinite(amount) || amount < 0) throw new InvalidArgument('amount cannot be negative', 'amount');
  return Math.round(amount * 100) / 100;
}

export class Invoice {
  readonly id: string;
  readonly orderId: string;
  readonly paymentId: string;
  #amount: number;
  #status: InvoiceStatus;
  #events: InvoiceEvent[] = [];

  private constructor(s: InvoiceState) {
    this.id = s.id;
    this.orderId = s.orderId;
    this.paymentId = s.paymentId;
    this.#amount = s.amount;
    this.#status = s.status;
  }

  /** A pending invoice for an order; its id is the order id. */
  static create(orderId: string, paymentId: string, amount: number): Invoice {
    if (orderId.trim() === '') throw new InvalidArgument('the order id cannot be blank', 'order_id');
    if (paymentId.trim() === '') throw new InvalidArgument('the payment id cannot be blank', 'payment_id');
    return new Invoice({ id: orderId, orderId, paymentId, amount: checkAmount(amount), status: 'pending' });
  }

  static restore(s: InvoiceState): Invoice {
    return new Invoice(s);
  }

  get amount(): number {
    return this.#amount;
  }
  get status(): InvoiceStatus {
    return this.#status;
  }

  #assertPending(action: string): void {
    if (this.#status !== 'pending') throw new FailedPrecondition(`cannot ${action}: the invoice is ${this.#status}`);
  }

  adjust(amount: number): void {
    this.#assertPending('adjust the invoice');
    this.#amount = checkAmount(amount);
  }

  pay(): void {
    this.#assertPending('pay the invoice');
    this.#status = 'paid';
    this.#events.push({ type: 'InvoicePaid' });
  }

  cancel(): void {
    this.#assertPending('cancel the invoice');
    this.#status = 'canceled';
  }

  state(): InvoiceState {
    return { id: this.id, orderId: this.orderId, paymentId: this.paymentId, amount: this.#amount, status: this.#status };
  }

  /** Returns and clears the events recorded since the last call. */
  pullEvents(): InvoiceEvent[] {
    const e = this.#events;
    this.#events = [];
    return e;
  }
}
