import type { UnitOfWork } from '@mallbots/tm';
import type { InvoiceState } from '../domain/invoice.ts';
import type { InvoiceRepository } from '../persistence/invoice.repository.ts';

export async function getInvoice(repo: InvoiceRepository, uow: UnitOfWork, id: string): Promise<InvoiceState> {
  return (await repo.find(uow.em, id)).state();
}
