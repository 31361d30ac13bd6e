/**
 * The Payment aggregate (a plain row): an amount a customer pre-authorized at the kiosk before checkout.
 *
 * Rules: the amount is positive and kept in cents. Confirming (create-order saga step 3, or the ConfirmPayment
 * RPC) requires the confirmed amount to equal the authorized one, compared in whole cents so that float noise
 * (0.1 + 0.2) never fails a correct order total; the original ignored the amount. Confirming an already
 * confirmed payment with the same amount succeeds without a second effect, so a redelivered or re-sent command
 * gets the same answer.
 */
import { FailedPrecondition, InvalidArgument } from '@mallbots/rpc/errors';

export interface PaymentState {
  id: string;
  customerId: string;
  amount: number;
  confirmedAt: Date | null;
}

/** An amount of money in whole cents. */
export const toCents = (amount: number): number => Math.round(amount * 100);

export class Payment {
  readonly id: string;
  readonly customerId: string;
  readonly amount: number;
  #confirmedAt: Date | null;

  private constructor(s: PaymentState) {
    this.id = s.id;
    this.customerId = s.customerId;
    this.amount = s.amount;
    this.#confirmedAt = s.confirmedAt;
  }

  static authorize(id: string, customerId: string, amount: number): Payment {
    if (customerId.trim() === '') throw new InvalidArgument('the customer id cannot be blank', 'customer_id');
    if (!Number.isFinite(amount) || toCents(amount) <= 0) throw new InvalidArgument('amount must be greater than zero', 'amount');
    return new Payment({ id, customerId: customerId.trim(), amount: toCents(amount) / 100, confirmedAt: null });
  }

  static restore(s: PaymentState): Payment {
    return new Payment(s);
  }

  get confirmed(): boolean {
    return this.#confirmedAt !== null;
  }

  /** Confirms the payment for `amount`. Returns false when it was already confirmed (nothing changes). */
  confirm(amount: number, now: Date): boolean {
    if (!Number.isFinite(amount) || toCents(amount) !== toCents(this.amount)) {
      throw new FailedPrecondition('payment amount does not match');
    }
    if (this.#confirmedAt) return false;
    this.#confirmedAt = now;
    return true;
  }

  state(): PaymentState {
    return { id: this.id, customerId: this.customerId, amount: this.amount, confirmedAt: this.#confirmedAt };
  }
}
