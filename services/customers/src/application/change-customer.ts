import type { UnitOfWork } from '@mallbots/tm';
import type { Customer } from '../domain/customer.ts';
import type { CustomerRepository } from '../persistence/customer.repository.ts';
import { publishCustomerEvents } from './customer-events.ts';

/** Loads a customer, applies one domain change, saves it and publishes what changed. */
async function change(repo: CustomerRepository, uow: UnitOfWork, id: string, apply: (c: Customer) => void): Promise<void> {
  const customer = await repo.find(uow, id);
  apply(customer);
  await repo.save(uow.em, customer);
  publishCustomerEvents(uow, customer);
}

export const enableCustomer = (repo: CustomerRepository, uow: UnitOfWork, id: string): Promise<void> =>
  change(repo, uow, id, (c) => c.enable());

export const disableCustomer = (repo: CustomerRepository, uow: UnitOfWork, id: string): Promise<void> =>
  change(repo, uow, id, (c) => c.disable());

export const changeSmsNumber = (repo: CustomerRepository, uow: UnitOfWork, id: string, smsNumber: string): Promise<void> =>
  change(repo, uow, id, (c) => c.changeSmsNumber(smsNumber));
