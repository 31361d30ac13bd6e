/**
 * Consumer group `notifications.customers-events`: CustomerRegistered and CustomerSmsChanged keep the contact
 * cache current (ChangeSmsNumber now reaches notifications). The event's timestamp orders number changes, since
 * customer events carry no aggregate version. Numbers are validated, never logged.
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import type { MessageConsumer } from '@mallbots/runtime';
import type { ContactBook } from '../application/ports.ts';
import { rememberContact } from '../application/remember-contact.ts';

export function notificationsCustomersEvents(contacts: ContactBook): MessageConsumer {
  return {
    group: 'notifications.customers-events',
    exchange: 'events',
    handlers: {
      [Names.customers.CustomerRegistered]: async (e, uow, envelope) => {
        const contact = {
          id: validate.requiredId(e.id, 'id'),
          name: validate.requiredText(e.name, 'name'),
          smsNumber: validate.smsNumber(e.smsNumber, 'sms_number'),
        };
        await rememberContact(contacts, uow, contact, envelope.timestamp);
      },
      [Names.customers.CustomerSmsChanged]: async (e, uow, envelope) => {
        const contact = {
          id: validate.requiredId(e.id, 'id'),
          name: '',
          smsNumber: validate.smsNumber(e.smsNumber, 'sms_number'),
        };
        await rememberContact(contacts, uow, contact, envelope.timestamp);
      },
    },
  };
}
