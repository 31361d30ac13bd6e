import type { SagaInstance, SagaStatus } from '@mallbots/sec';
import type { UnitOfWork } from '@mallbots/tm';
import type { SagaRepository } from '../persistence/saga.repository.ts';

export interface ListSagas {
  status?: SagaStatus;
  name?: string;
  /** Only sagas not updated for at least this long (stuck ones). */
  olderThanMs?: number;
  /** The last saga of the previous page. */
  after?: { updatedAt: Date; id: string };
  limit: number;
}

export interface SagaPage {
  sagas: SagaInstance[];
  /** Where the next page starts; undefined on the last page. */
  next: { updatedAt: Date; id: string } | undefined;
}

/** One page of sagas, least recently updated first (keyset pagination on updated_at, id). */
export async function listSagas(repo: SagaRepository, uow: UnitOfWork, q: ListSagas, now = new Date()): Promise<SagaPage> {
  const rows = await repo.list(uow.em, {
    ...(q.status ? { status: q.status } : {}),
    ...(q.name ? { name: q.name } : {}),
    ...(q.olderThanMs !== undefined ? { updatedAtMost: new Date(now.getTime() - q.olderThanMs) } : {}),
    ...(q.after ? { after: q.after } : {}),
    limit: q.limit + 1,
  });
  const sagas = rows.slice(0, q.limit);
  const last = sagas.at(-1);
  return { sagas, next: rows.length > q.limit && last ? { updatedAt: last.updatedAt, id: last.id } : undefined };
}
