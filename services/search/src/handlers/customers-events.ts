/**
 * Consumer group `search.customers-events`: CustomerRegistered feeds the customer name cache. The event also
 * carries the SMS number; search neither reads nor stores it.
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import type { MessageConsumer } from '@mallbots/runtime';
import { rememberCustomer } from '../application/update-customer-cache.ts';
import type { CacheRepository } from '../persistence/cache.repository.ts';

export function searchCustomersEvents(caches: CacheRepository): MessageConsumer {
  return {
    group: 'search.customers-events',
    exchange: 'events',
    handlers: {
      [Names.customers.CustomerRegistered]: async (e, uow) => {
        await rememberCustomer(caches, uow, { id: validate.requiredId(e.id, 'id'), name: validate.requiredText(e.name, 'name') });
      },
    },
  };
}
