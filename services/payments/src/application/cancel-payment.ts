import type { UnitOfWork } from '@mallbots/tm';
import type { PaymentRepository } from '../persistence/payment.repository.ts';

export interface CancelPayment {
  paymentId: string;
  orderId: string;
}

/**
 * The saga's compensation of ConfirmPayment: the order will not be approved. Refunds the payment when it is
 * confirmed for this order, voids it when it is not confirmed yet (a late ConfirmPayment then fails). Nothing to
 * do, and no error, for an unknown payment (nothing was taken), one already canceled, or one confirmed for another
 * order: a compensation must succeed whenever its effect (no money kept for this order) holds.
 */
export async function cancelPayment(repo: PaymentRepository, uow: UnitOfWork, cmd: CancelPayment): Promise<void> {
  const payment = await repo.findOrNull(uow, cmd.paymentId, { forUpdate: true });
  if (payment?.cancel(cmd.orderId, new Date())) repo.save(uow, payment);
}
