import type { SagaCoordinator } from '@mallbots/sec';
import type { UnitOfWork } from '@mallbots/tm';
import { asOperatorAction } from './operator-errors.ts';

/** Operator: rolls a running (e.g. stuck) saga back; `reason` is recorded in its history. */
export async function compensateSaga(
  coordinator: SagaCoordinator<UnitOfWork>,
  uow: UnitOfWork,
  id: string,
  reason: string,
): Promise<void> {
  await asOperatorAction(() => coordinator.compensate(uow, id, reason));
}
