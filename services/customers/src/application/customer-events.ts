import { Names } from '@mallbots/contracts';
import type { UnitOfWork } from '@mallbots/tm';
import type { Customer } from '../domain/customer.ts';

/** Turns the customer's recorded domain events into integration events in the unit of work's outbox. */
export function publishCustomerEvents(uow: UnitOfWork, customer: Customer): void {
  const c = customer.state();
  for (const e of customer.pullEvents()) {
    switch (e.type) {
      case 'CustomerRegistered':
        uow.publish({
          kind: 'event',
          name: Names.customers.CustomerRegistered,
          payload: { id: c.id, name: c.name, smsNumber: c.smsNumber },
          aggregateId: c.id,
        });
        break;
      case 'CustomerEnabled':
        uow.publish({ kind: 'event', name: Names.customers.CustomerEnabled, payload: { id: c.id }, aggregateId: c.id });
        break;
      case 'CustomerDisabled':
        uow.publish({ kind: 'event', name: Names.customers.CustomerDisabled, payload: { id: c.id }, aggregateId: c.id });
        break;
      case 'CustomerSmsChanged':
        uow.publish({
          kind: 'event',
          name: Names.customers.CustomerSmsChanged,
          payload: { id: c.id, smsNumber: c.smsNumber },
          aggregateId: c.id,
        });
        break;
    }
  }
}
