/**
 * Replies of the saga participants, routed to cosec by the reply channel (`cosec.create-order`). Generic Success
 * and Failure replies and depot's CreatedShoppingList go to the coordinator with their headers; a Failure's code
 * and message become the step's failure detail (they never carry personal data).
 */
import type { Envelope } from '@mallbots/am';
import { Names } from '@mallbots/contracts';
import type { MessageConsumer } from '@mallbots/runtime';
import type { SagaCoordinator, SagaReply } from '@mallbots/sec';
import type { Logger } from '@mallbots/telemetry';
import type { UnitOfWork } from '@mallbots/tm';
import { CREATE_ORDER_REPLY_CHANNEL } from '../application/create-order-saga.ts';
import { handleSagaReply } from '../application/handle-saga-reply.ts';

export function sagaReplies(coordinator: SagaCoordinator<UnitOfWork>, logger: Logger): MessageConsumer {
  const handle = async (uow: UnitOfWork, env: Envelope, payload: unknown, detail?: string): Promise<void> => {
    const reply: SagaReply = { name: env.name, payload, headers: env.headers, ...(detail ? { detail } : {}) };
    const result = await handleSagaReply(coordinator, uow, reply);
    if (result.applied) logger.debug({ sagaId: result.sagaId, reply: env.name, status: result.status }, 'saga reply applied');
  };
  return {
    group: 'cosec.replies',
    exchange: 'replies',
    routingKeys: [CREATE_ORDER_REPLY_CHANNEL],
    handlers: {
      [Names.common.Success]: (payload, uow, env) => handle(uow, env, payload),
      [Names.common.Failure]: (payload, uow, env) =>
        handle(uow, env, payload, `${payload.code || 'UNKNOWN'}: ${payload.message || 'no reason given'}`),
      [Names.depot.CreatedShoppingList]: (payload, uow, env) => handle(uow, env, payload),
    },
  };
}
