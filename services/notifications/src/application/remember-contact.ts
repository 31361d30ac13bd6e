import type { UnitOfWork } from '@mallbots/tm';
import type { ContactBook } from './ports.ts';

/**
 * CustomerRegistered (name and number) and CustomerSmsChanged (number only, name left blank): updates the contact
 * cache. `asOf` is the event's timestamp, so a number change that overtook an older event is not undone by it.
 */
export async function rememberContact(
  contacts: ContactBook,
  uow: UnitOfWork,
  contact: { id: string; name: string; smsNumber: string },
  asOf: Date,
): Promise<void> {
  await contacts.remember(uow.em, contact, asOf);
}
