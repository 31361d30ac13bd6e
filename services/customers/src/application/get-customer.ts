import type { UnitOfWork } from '@mallbots/tm';
import type { CustomerState } from '../domain/customer.ts';
import type { CustomerRepository } from '../persistence/customer.repository.ts';

export async function getCustomer(repo: CustomerRepository, uow: UnitOfWork, id: string): Promise<CustomerState> {
  return (await repo.find(uow, id)).state();
}
