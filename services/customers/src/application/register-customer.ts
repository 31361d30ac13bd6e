import { randomUUID } from 'node:crypto';
import type { UnitOfWork } from '@mallbots/tm';
import { Customer } from '../domain/customer.ts';
import type { CustomerRepository } from '../persistence/customer.repository.ts';
import { publishCustomerEvents } from './customer-events.ts';

export interface RegisterCustomer {
  name: string;
  smsNumber: string;
}

/** Registers an enabled customer; publishes CustomerRegistered. Returns the new id. */
export async function registerCustomer(repo: CustomerRepository, uow: UnitOfWork, cmd: RegisterCustomer): Promise<string> {
  const customer = Customer.register(randomUUID(), cmd.name, cmd.smsNumber);
  await repo.save(uow.em, customer);
  publishCustomerEvents(uow, customer);
  return customer.id;
}
