import type { ReplyResult, SagaCoordinator, SagaReply } from '@mallbots/sec';
import type { UnitOfWork } from '@mallbots/tm';

/**
 * Applies a participant's reply to its saga. Duplicate, late, foreign and wrong-step replies are ignored
 * (the message is acked). A concurrent change of the same saga throws SagaConcurrencyError, which is not a
 * domain error: the unit of work rolls back, lib/am redelivers the reply, and it is then ignored as late.
 */
export function handleSagaReply(
  coordinator: SagaCoordinator<UnitOfWork>,
  uow: UnitOfWork,
  reply: SagaReply,
): Promise<ReplyResult> {
  return coordinator.handleReply(uow, reply);
}
