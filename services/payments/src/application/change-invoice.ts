import type { UnitOfWork } from '@mallbots/tm';
import type { Invoice } from '../domain/invoice.ts';
import type { InvoiceRepository } from '../persistence/invoice.repository.ts';
import { publishInvoiceEvents } from './invoice-events.ts';

/** Loads an invoice under a row lock, applies one domain change, saves it and publishes what changed. */
async function change(repo: InvoiceRepository, uow: UnitOfWork, id: string, apply: (i: Invoice) => void): Promise<void> {
  const invoice = await repo.find(uow.em, id, { forUpdate: true });
  apply(invoice);
  await repo.update(uow.em, invoice);
  publishInvoiceEvents(uow, invoice);
}

/** Changes the amount of a pending invoice. */
export const adjustInvoice = (repo: InvoiceRepository, uow: UnitOfWork, id: string, amount: number): Promise<void> =>
  change(repo, uow, id, (i) => i.adjust(amount));

/** Pays a pending invoice; publishes InvoicePaid. */
export const payInvoice = (repo: InvoiceRepository, uow: UnitOfWork, id: string): Promise<void> =>
  change(repo, uow, id, (i) => i.pay());

/** Cancels a pending invoice. */
export const cancelInvoice = (repo: InvoiceRepository, uow: UnitOfWork, id: string): Promise<void> =>
  change(repo, uow, id, (i) => i.cancel());
