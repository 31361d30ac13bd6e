/**
 * The command transport of services built on lib/tm: commands go into the unit of work's outbox, so they are
 * written in the same transaction as the saga state and published only after it commits. The saga id is the
 * outbox row's aggregate id, which keeps one saga's commands in write order.
 */
import type { MessageName } from '@mallbots/contracts';
import type { OutgoingMessage, UnitOfWork } from '@mallbots/tm';
import type { CommandTransport } from './coordinator.ts';

export function outboxTransport(): CommandTransport<UnitOfWork> {
  return {
    send: (uow, command) =>
      uow.publish({
        kind: 'command',
        // The definition's command names are message names of @mallbots/contracts (checked by the builder's
        // message map); encoding in the outbox write rejects anything else.
        name: command.name as MessageName,
        payload: command.payload,
        headers: command.headers,
        aggregateId: command.sagaId,
      } as OutgoingMessage),
  };
}
