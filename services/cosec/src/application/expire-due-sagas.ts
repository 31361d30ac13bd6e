import type { Logger } from '@mallbots/telemetry';
import type { SagaCoordinator } from '@mallbots/sec';
import { deferredWrite, type DeferredWrite, type OutgoingMessage, type TransactionManager, type UnitOfWork } from '@mallbots/tm';
import type { SagaRepository } from '../persistence/saga.repository.ts';

export interface ExpireDeps {
  tm: TransactionManager;
  sagas: SagaRepository;
  coordinator: SagaCoordinator<UnitOfWork>;
  logger: Logger;
}

/**
 * Runs `fn` in a savepoint of `uow`: if it throws, only its own writes are undone and its messages and queued
 * writes (and after-commit hooks) dropped, so one saga that cannot be handled does not undo the others of the batch.
 */
async function inSavepoint<T>(uow: UnitOfWork, fn: (inner: UnitOfWork) => Promise<T>): Promise<T> {
  const staged: OutgoingMessage[] = [];
  const writes: DeferredWrite[] = [];
  const hooks: (() => void)[] = [];
  const result = await uow.em.transactional((em) =>
    fn({
      em,
      incoming: uow.incoming,
      readAll: (reads) => uow.readAll(reads), // the same connection: inside the savepoint
      publish: (m) => void staged.push(m as unknown as OutgoingMessage),
      write: (sql, params, check) => void writes.push(deferredWrite(sql, params, check)),
      afterCommit: (hook) => void hooks.push(hook),
    }),
  );
  for (const m of staged) uow.publish(m);
  for (const w of writes) uow.write(w.sql, w.params, w.check);
  for (const h of hooks) uow.afterCommit(h);
  return result;
}

/**
 * Times out waiting sagas whose deadline passed: claims up to `batch` of them with FOR UPDATE SKIP LOCKED (so
 * replicas share the work and never handle one saga twice) and lets the coordinator compensate or resend each,
 * in one transaction with a savepoint per saga. Returns how many were claimed and how many timed out.
 */
export async function expireDueSagas(
  deps: ExpireDeps,
  batch: number,
  now = new Date(),
): Promise<{ claimed: number; expired: number }> {
  return deps.tm.run(async (uow) => {
    const ids = await deps.sagas.claimDue(uow, now, batch, deps.coordinator.definitions());
    let expired = 0;
    for (const id of ids) {
      try {
        if (await inSavepoint(uow, (inner) => deps.coordinator.expire(inner, id))) expired += 1;
      } catch (err) {
        deps.logger.error(
          { sagaId: id, err: (err as Error).message },
          'could not time out a saga; it is retried on the next scan',
        );
      }
    }
    return { claimed: ids.length, expired };
  });
}
