/**
 * Saga participant: the AuthorizeCustomer command of the create-order saga (step 1). Unknown or disabled
 * customers get a Failure reply (the DomainError of the use case); lib/runtime's commandHandlers sends it.
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import { commandHandlers, type MessageConsumer } from '@mallbots/runtime';
import { authorizeCustomer } from '../application/authorize-customer.ts';
import type { CustomerRepository } from '../persistence/customer.repository.ts';

export function customerCommands(customers: CustomerRepository): MessageConsumer {
  return {
    group: 'customers.commands',
    exchange: 'commands',
    handlers: commandHandlers({
      [Names.customers.AuthorizeCustomer]: async (cmd, uow) => {
        await authorizeCustomer(customers, uow, validate.requiredId(cmd.id, 'id'));
      },
    }),
  };
}
