import type { UnitOfWork } from '@mallbots/tm';
import type { PaymentRepository } from '../persistence/payment.repository.ts';

export interface ConfirmPayment {
  paymentId: string;
  amount: number;
  /** The order the payment pays for; null over the API without one, and from sagas of version 1. */
  orderId: string | null;
}

/**
 * Confirms an authorized payment for an order total (the RPC and the saga's ConfirmPayment command).
 * NOT_FOUND for an unknown payment; FAILED_PRECONDITION "payment amount does not match" when the amount differs,
 * "payment was voided/refunded" after a CancelPayment, "payment is confirmed for another order" when it already
 * paid for another one; confirming again for the same order succeeds and changes nothing.
 */
export async function confirmPayment(repo: PaymentRepository, uow: UnitOfWork, cmd: ConfirmPayment): Promise<void> {
  const payment = await repo.find(uow, cmd.paymentId, { forUpdate: true });
  if (payment.confirm(cmd.amount, cmd.orderId, new Date())) repo.save(uow, payment);
}
