import { AlreadyExists } from '@mallbots/rpc/errors';
import type { UnitOfWork } from '@mallbots/tm';
import { Invoice } from '../domain/invoice.ts';
import type { InvoiceRepository } from '../persistence/invoice.repository.ts';
import type { PaymentRepository } from '../persistence/payment.repository.ts';

export interface CreateInvoice {
  orderId: string;
  paymentId: string;
  amount: number;
}

export interface InvoiceDeps {
  invoices: InvoiceRepository;
  payments: PaymentRepository;
}

/**
 * Creates the pending invoice of an order; its id is the order id. NOT_FOUND when the payment is unknown.
 * `ifExists`: 'fail' (the RPC: ALREADY_EXISTS, the caller asked for something that is already there) or 'keep'
 * (the OrderReadied handler: the same fact may arrive twice under different message ids; the first invoice
 * stands and nothing changes). Returns the invoice id.
 */
export async function createInvoice(
  deps: InvoiceDeps,
  uow: UnitOfWork,
  cmd: CreateInvoice,
  ifExists: 'fail' | 'keep',
): Promise<string> {
  await deps.payments.find(uow, cmd.paymentId);
  const invoice = Invoice.create(cmd.orderId, cmd.paymentId, cmd.amount);
  const inserted = await deps.invoices.insertIfAbsent(uow.em, invoice);
  if (!inserted && ifExists === 'fail') throw new AlreadyExists(`order ${cmd.orderId} already has an invoice`);
  return invoice.id;
}
