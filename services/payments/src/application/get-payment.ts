import type { UnitOfWork } from '@mallbots/tm';
import type { PaymentState } from '../domain/payment.ts';
import type { PaymentRepository } from '../persistence/payment.repository.ts';

export async function getPayment(repo: PaymentRepository, uow: UnitOfWork, id: string): Promise<PaymentState> {
  return (await repo.find(uow.em, id)).state();
}
