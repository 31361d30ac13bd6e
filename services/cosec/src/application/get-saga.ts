import { NotFound } from '@mallbots/rpc/errors';
import type { HistoryEntry, SagaInstance } from '@mallbots/sec';
import type { UnitOfWork } from '@mallbots/tm';
import type { SagaRepository } from '../persistence/saga.repository.ts';

/** One saga with its step history, oldest first; NOT_FOUND for an unknown id. */
export async function getSaga(
  repo: SagaRepository,
  uow: UnitOfWork,
  id: string,
): Promise<{ saga: SagaInstance; history: HistoryEntry[] }> {
  const saga = await repo.find(uow.em, id);
  if (!saga) throw new NotFound(`saga ${id} not found`);
  return { saga, history: await repo.history(uow.em, id) };
}
