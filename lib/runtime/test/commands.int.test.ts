import { describe, it, expect, beforeAll, afterAll, jest } from '@jest/globals';
import { createEnvelope, Headers } from '@mallbots/am';
import { Names, decodeMessage, encodeMessage } from '@mallbots/contracts';
import { NotFound } from '@mallbots/rpc/errors';
import type { UnitOfWork } from '@mallbots/tm';
import { openUnitOfWorkDatabase, type UnitOfWorkDatabase } from '@mallbots/tm/testing';
import { commandHandlers, ReplyOutcome } from '@mallbots/runtime';

const SCHEMA = 'commands_test';

describe('command handlers (PostgreSQL)', () => {
  let u: UnitOfWorkDatabase;

  beforeAll(async () => {
    u = await openUnitOfWorkDatabase({
      name: 'commands',
      schema: SCHEMA,
      ddl: ['create table lists (id text primary key, status text not null)'],
    });
    await u.orm.em.fork().execute(`insert into ${SCHEMA}.lists (id, status) values ('l-1', 'available')`, [], 'run');
  });
  afterAll(async () => {
    await u.close();
  });

  /** InitiateShopping whose handler queues one checked update of the list it names. */
  const handler = commandHandlers({
    [Names.depot.InitiateShopping]: async (cmd, uow: UnitOfWork) => {
      uow.write(`update ${SCHEMA}.lists set status = 'active' where id = ?`, [cmd.id], {
        rows: 1,
        error: () => new NotFound(`shopping list ${cmd.id} not found`),
      });
    },
  })[Names.depot.InitiateShopping]!;

  /** `handled` runs once the unit of work has committed, before the relay publishes and deletes its rows. */
  const send = async (id: string, handled?: () => void) => {
    const envelope = createEnvelope({
      name: Names.depot.InitiateShopping,
      payload: encodeMessage(Names.depot.InitiateShopping, { id }),
      headers: { [Headers.ReplyChannel]: 'cosec.replies', [Headers.SagaId]: 'saga-1' },
    });
    const payload = decodeMessage(Names.depot.InitiateShopping, envelope.payload);
    const r = await u.tm.handle({ messageId: envelope.messageId, name: envelope.name }, (uow) =>
      handler(payload as never, uow, envelope),
    );
    handled?.();
    await u.relay.idle();
    return { r, envelope };
  };
  const status = async (id: string) =>
    (await u.orm.em.fork().execute<{ status: string }[]>(`select status from ${SCHEMA}.lists where id = ?`, [id]))[0]?.status;

  it('replies Success when the queued write holds, and the write commits with the reply', async () => {
    u.published.length = 0;
    const { r } = await send('l-1');
    expect(r).toEqual({ duplicate: false, result: undefined });
    expect(await status('l-1')).toBe('active');
    expect(u.published.map((m) => [m.name, m.routingKey, m.headers[Headers.ReplyOutcome]])).toEqual([
      [Names.common.Success, 'cosec.replies', ReplyOutcome.Success],
    ]);
  });

  it('forks no EntityManager for a handler that does not use one (a fork costs more than its unit’s statement)', async () => {
    await u.orm.em.fork().execute(`insert into ${SCHEMA}.lists (id, status) values ('l-2', 'available')`, [], 'run');
    const fork = jest.spyOn(u.orm.em, 'fork');
    try {
      u.published.length = 0;
      const { r } = await send('l-2', () => expect(fork).not.toHaveBeenCalled());
      expect(r).toEqual({ duplicate: false, result: undefined });
    } finally {
      fork.mockRestore();
    }
    expect(await status('l-2')).toBe('active');
    expect(u.published.map((m) => m.name)).toEqual([Names.common.Success]);
  });

  it('replies Failure when a queued write’s check fails at commit with a DomainError, and records the command as handled', async () => {
    u.published.length = 0;
    const { r, envelope } = await send('l-missing');
    expect(r).toEqual({ duplicate: false, result: undefined });
    expect(u.published).toHaveLength(1);
    const reply = u.published[0]!;
    expect([reply.name, reply.headers[Headers.ReplyOutcome], reply.headers[Headers.SagaId]]).toEqual([
      Names.common.Failure,
      ReplyOutcome.Failure,
      'saga-1',
    ]);
    expect(decodeMessage(Names.common.Failure, reply.payload)).toMatchObject({
      code: 'NOT_FOUND',
      message: 'shopping list l-missing not found',
    });
    const inbox = await u.orm.em
      .fork()
      .execute<{ n: number }[]>(`select count(*)::int as n from ${SCHEMA}.inbox where message_id = ?`, [envelope.messageId]);
    expect(inbox[0]?.n).toBe(1);
  });
});
