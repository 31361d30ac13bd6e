import type { UnitOfWork } from '@mallbots/tm';
import type { CustomerRepository } from '../persistence/customer.repository.ts';

/** NOT_FOUND for an unknown customer, PERMISSION_DENIED for a disabled one; changes nothing. */
export async function authorizeCustomer(repo: CustomerRepository, uow: UnitOfWork, id: string): Promise<void> {
  const customer = await repo.find(uow, id);
  customer.authorize();
}
