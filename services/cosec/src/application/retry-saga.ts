import type { SagaCoordinator } from '@mallbots/sec';
import type { UnitOfWork } from '@mallbots/tm';
import { asOperatorAction } from './operator-errors.ts';

/**
 * Operator: resends the outstanding command of a running or compensating saga with a new deadline, or the failed
 * compensation of a failed saga (which compensates on from there). Participants are idempotent, so a command
 * that did arrive the first time is harmless; the superseded attempt's reply is ignored as late.
 */
export async function retrySaga(coordinator: SagaCoordinator<UnitOfWork>, uow: UnitOfWork, id: string): Promise<void> {
  await asOperatorAction(() => coordinator.retry(uow, id));
}
