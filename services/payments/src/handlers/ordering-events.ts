/**
 * Consumer group `payments.ordering-events`: OrderReadied creates the order's invoice (id = order id, amount =
 * the order total, the order's payment). The inbox skips a redelivered message; the same fact arriving again under
 * another message id finds the invoice already there and changes nothing (insert ... on conflict do nothing).
 * A malformed event, or one naming an unknown payment, is a DomainError and is dead-lettered with the reason.
 */
import { Names } from '@mallbots/contracts';
import { validate } from '@mallbots/rpc';
import type { MessageConsumer } from '@mallbots/runtime';
import { createInvoice, type InvoiceDeps } from '../application/create-invoice.ts';

export function orderingEventsConsumer(deps: InvoiceDeps): MessageConsumer {
  return {
    group: 'payments.ordering-events',
    exchange: 'events',
    handlers: {
      [Names.ordering.OrderReadied]: async (e, uow) => {
        const orderId = validate.requiredId(e.id, 'id');
        const paymentId = validate.requiredId(e.paymentId, 'payment_id');
        const amount = validate.money(e.total, 'total');
        await createInvoice(deps, uow, { orderId, paymentId, amount }, 'keep');
      },
    },
  };
}
