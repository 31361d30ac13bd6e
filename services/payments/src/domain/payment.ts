/**
 * The Payment aggregate (a plain row): an amount a customer pre-authorized at the kiosk before checkout.
 *
 * Rules: the amount is positive and kept in cents. Confirming (create-order saga step 3, or the ConfirmPayment
 * RPC) requires the confirmed amount to equal the authorized one, compared in whole cents so that float noise
 * (0.1 + 0.2) never fails a correct order total; the original ignored the amount. A confirmation names the order
 * it pays for and binds the payment to it: confirming again for the same order succeeds without a second effect
 * (a redelivered or re-sent command gets the same answer), confirming for another order fails, so one payment
 * never pays for two orders. Canceling (the saga's compensation of step 3, CancelPayment) refunds a payment
 * confirmed for that order, or voids one not confirmed yet so that a late confirmation fails; it never touches a
 * payment confirmed for another order. The original had no such compensation: a payment confirmed for an order
 * that was then rejected stayed taken.
 */
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';

export interface PaymentState {
  id: string;
  customerId: string;
  amount: number;
  /** The order the payment was confirmed or canceled for; null while authorized (or confirmed without one). */
  orderId: string | null;
  confirmedAt: Date | null;
  canceledAt: Date | null;
}

export type PaymentStatus = 'authorized' | 'confirmed' | 'refunded' | 'voided';

/** An amount of money in whole cents. */
export const toCents = (amount: number): number => Math.round(amount * 100);

export class Payment {
  readonly id: string;
  readonly customerId: string;
  readonly amount: number;
  #orderId: string | null;
  #confirmedAt: Date | null;
  #canceledAt: Date | null;

  private constructor(s: PaymentState) {
    this.id = s.id;
    this.customerId = s.customerId;
    this.amount = s.amount;
    this.#orderId = s.orderId;
    this.#confirmedAt = s.confirmedAt;
    this.#canceledAt = s.canceledAt;
  }

  static authorize(id: string, customerId: string, amount: number): Payment {
    if (customerId.trim() === '') throw new InvalidArgument('the customer id cannot be blank', 'customer_id');
    if (!Number.isFinite(amount) || toCents(amount) <= 0) throw new InvalidArgument('amount must be greater than zero', 'amount');
    return new Payment({
      id,
      customerId: customerId.trim(),
      amount: toCents(amount) / 100,
      orderId: null,
      confirmedAt: null,
      canceledAt: null,
    });
  }

  static restore(s: PaymentState): Payment {
    return new Payment(s);
  }

  get status(): PaymentStatus {
    if (this.#canceledAt) return this.#confirmedAt ? 'refunded' : 'voided';
    return this.#confirmedAt ? 'confirmed' : 'authorized';
  }

  /** Whether the money is taken: confirmed and not refunded. */
  get confirmed(): boolean {
    return this.status === 'confirmed';
  }

  /**
   * Confirms the payment for `amount`, for the order `orderId` (null: over the API without an order). Returns
   * false when it was already confirmed for that order (nothing changes). A payment confirmed without an order is
   * bound to the first order that confirms it again.
   */
  confirm(amount: number, orderId: string | null, now: Date): boolean {
    if (!Number.isFinite(amount) || toCents(amount) !== toCents(this.amount)) {
      throw new FailedPrecondition('payment amount does not match');
    }
    if (this.#canceledAt) throw new FailedPrecondition(`payment was ${this.status}`);
    if (this.#confirmedAt) {
      if (orderId === null || orderId === this.#orderId) return false;
      if (this.#orderId !== null) throw new FailedPrecondition('payment is confirmed for another order');
      this.#orderId = orderId;
      return true;
    }
    this.#confirmedAt = now;
    this.#orderId = orderId;
    return true;
  }

  /**
   * Releases the payment for the rejected order `orderId`: refunds it when confirmed for that order, voids it when
   * not confirmed yet. Returns false when there is nothing to do: already canceled, or confirmed for another order
   * (or over the API without one), which this order's saga has no claim on.
   */
  cancel(orderId: string, now: Date): boolean {
    if (this.#canceledAt) return false;
    if (this.#confirmedAt && this.#orderId !== orderId) return false;
    this.#canceledAt = now;
    this.#orderId = orderId;
    return true;
  }

  state(): PaymentState {
    return {
      id: this.id,
      customerId: this.customerId,
      amount: this.amount,
      orderId: this.#orderId,
      confirmedAt: this.#confirmedAt,
      canceledAt: this.#canceledAt,
    };
  }
}
