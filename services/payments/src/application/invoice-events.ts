import { Names } from '@mallbots/contracts';
import type { UnitOfWork } from '@mallbots/tm';
import type { Invoice } from '../domain/invoice.ts';

/** Turns the invoice's recorded domain events into integration events in the unit of work's outbox. */
export function publishInvoiceEvents(uow: UnitOfWork, invoice: Invoice): void {
  for (const e of invoice.pullEvents()) {
    switch (e.type) {
      case 'InvoicePaid':
        uow.publish({
          kind: 'event',
          name: Names.payments.InvoicePaid,
          payload: { id: invoice.id, orderId: invoice.orderId },
          aggregateId: invoice.id,
        });
        break;
    }
  }
}
