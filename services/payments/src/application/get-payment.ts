import type { UnitOfWork } from '@mallbots/tm';
import type { Payment } from '../domain/payment.ts';
import type { PaymentRepository } from '../persistence/payment.repository.ts';

export async function getPayment(repo: PaymentRepository, uow: UnitOfWork, id: string): Promise<Payment> {
  return repo.find(uow, id);
}
