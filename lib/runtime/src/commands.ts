/**
 * Command handlers of saga participants.
 *
 * A command always gets a reply (when it names a reply channel): the handler's own reply, `common.Success`, or
 * `common.Failure{code, message}` when the handler throws a DomainError, or when a check of one of its queued writes
 * fails at commit with one (lib/tm `UnitOfWork.write`). A failing handler's unit of work is
 * rolled back and the inbox row and the failure reply commit in a fresh one (lib/tm `RollbackWith`), so a
 * redelivered command is recognised as handled and the saga hears about the failure exactly once. Any other error (database down,
 * bug) rolls the whole unit of work back and the message is retried by lib/am.
 *
 * Reply headers: the command's saga id and name are copied, `x-reply-outcome` is SUCCESS or FAILURE, and the
 * reply routes by the command's `x-reply-channel` on the replies exchange.
 */
import { Headers, type Envelope } from '@mallbots/am';
import { Names, type MessageName, type MessageTypes } from '@mallbots/contracts';
import { isDomainError, type DomainError } from '@mallbots/rpc/errors';
import { RollbackWith, type OutgoingMessage, type UnitOfWork } from '@mallbots/tm';
import type { MessageHandler, MessageHandlers } from './service.ts';

export const ReplyOutcome = { Success: 'SUCCESS', Failure: 'FAILURE' } as const;

/** What a command handler may answer with instead of the generic Success. */
export interface Reply<N extends MessageName = MessageName> {
  name: N;
  payload: MessageTypes[N]['input'];
}

export type CommandHandler<N extends MessageName> = (
  payload: MessageTypes[N]['output'],
  uow: UnitOfWork,
  envelope: Envelope,
) => Promise<Reply | void>;

export type CommandHandlers = { [N in MessageName]?: CommandHandler<N> };

function replyTo(uow: UnitOfWork, command: Envelope, outcome: string, reply: Reply): void {
  const channel = command.headers[Headers.ReplyChannel];
  if (!channel) return;
  const headers: Record<string, string> = { [Headers.ReplyOutcome]: outcome };
  for (const h of [Headers.SagaId, Headers.SagaName, 'x-saga-step']) {
    const v = command.headers[h];
    if (v !== undefined) headers[h] = v;
  }
  uow.publish({ kind: 'reply', name: reply.name, payload: reply.payload, routingKey: channel, headers } as OutgoingMessage);
}

function wrap<N extends MessageName>(handler: CommandHandler<N>): MessageHandler<N> {
  return async (payload, uow, envelope) => {
    // The handler runs in the unit of work itself (no savepoint: the success path costs no extra statements).
    // A DomainError rolls the whole unit of work back; lib/tm then commits the inbox row and the Failure reply
    // in a fresh one. Messages the failed handler published are rolled back with it.
    const fail = (err: DomainError) =>
      new RollbackWith(err, async (fresh) => {
        replyTo(fresh, envelope, ReplyOutcome.Failure, {
          name: Names.common.Failure,
          payload: { code: err.kind, message: err.message },
        });
      });
    // A queued write's check fails only when the unit of work commits, after the handler returned: its
    // DomainError (e.g. Aborted from the event store) is answered the same way.
    // Not `{ ...uow }`: a spread reads every property, and reading `em` forks an EntityManager (lib/tm forks it on
    // first use, so a handler that works only through readAll/write/publish pays nothing for it).
    const unit: UnitOfWork = {
      get em() {
        return uow.em;
      },
      incoming: uow.incoming,
      readAll: uow.readAll,
      publish: uow.publish,
      afterCommit: uow.afterCommit,
      write: (sql, params, check) =>
        uow.write(
          sql,
          params,
          check && {
            rows: check.rows,
            error: () => {
              const e = check.error();
              return isDomainError(e) ? fail(e) : e;
            },
          },
        ),
    };
    let reply: Reply | void;
    try {
      reply = await handler(payload, unit, envelope);
    } catch (err) {
      if (!isDomainError(err)) throw err;
      throw fail(err);
    }
    replyTo(unit, envelope, ReplyOutcome.Success, reply ?? { name: Names.common.Success, payload: {} });
  };
}

/** Turns command handlers into message handlers that always reply. */
export function commandHandlers(handlers: CommandHandlers): MessageHandlers {
  const out: Record<string, unknown> = {};
  for (const [name, h] of Object.entries(handlers)) out[name] = wrap(h as CommandHandler<MessageName>);
  return out as MessageHandlers;
}
