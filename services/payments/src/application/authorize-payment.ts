import { randomUUID } from 'node:crypto';
import type { UnitOfWork } from '@mallbots/tm';
import { Payment } from '../domain/payment.ts';
import type { PaymentRepository } from '../persistence/payment.repository.ts';

export interface AuthorizePayment {
  customerId: string;
  amount: number;
}

/** Records a payment the customer pre-authorized. Returns its id (given to CheckoutBasket). */
export async function authorizePayment(repo: PaymentRepository, uow: UnitOfWork, cmd: AuthorizePayment): Promise<string> {
  const payment = Payment.authorize(randomUUID(), cmd.customerId, cmd.amount);
  repo.save(uow, payment);
  return payment.id;
}
