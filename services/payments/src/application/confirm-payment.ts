import type { UnitOfWork } from '@mallbots/tm';
import type { PaymentRepository } from '../persistence/payment.repository.ts';

export interface ConfirmPayment {
  paymentId: string;
  amount: number;
}

/**
 * Confirms an authorized payment for an order total (the RPC and the saga's ConfirmPayment command).
 * NOT_FOUND for an unknown payment, FAILED_PRECONDITION "payment amount does not match" when the amount differs;
 * confirming again with the same amount succeeds and changes nothing.
 */
export async function confirmPayment(repo: PaymentRepository, uow: UnitOfWork, cmd: ConfirmPayment): Promise<void> {
  const payment = await repo.find(uow.em, cmd.paymentId, { forUpdate: true });
  if (payment.confirm(cmd.amount, new Date())) repo.save(uow, payment);
}
