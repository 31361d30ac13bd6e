import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createEnvelope, Headers } from '@mallbots/am';
import { Names, decodeMessage, encodeMessage } from '@mallbots/contracts';
import { openOrm, sqlMigration, type MikroORM } from '@mallbots/db';
import { createTestDatabase, type TestDatabase } from '@mallbots/db/testing';
import { NotFound } from '@mallbots/rpc/errors';
import { silentLogger } from '@mallbots/telemetry';
import { OutboxRelay, TransactionManager, UNIT_OF_WORK_SCHEMA, type OutboxRow, type UnitOfWork } from '@mallbots/tm';
import { commandHandlers, ReplyOutcome } from '@mallbots/runtime';

const SCHEMA = 'commands_test';

describe('command handlers (PostgreSQL)', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let tm: TransactionManager;
  let relay: OutboxRelay;
  const published: OutboxRow[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('commands');
    orm = await openOrm({
      databaseUrl: db.url,
      schema: SCHEMA,
      entities: [],
      migrations: [
        sqlMigration('0001', [...UNIT_OF_WORK_SCHEMA, 'create table lists (id text primary key, status text not null)']),
      ],
    });
    relay = new OutboxRelay({
      orm,
      schema: SCHEMA,
      publisher: { publishRows: async (rows) => void published.push(...rows) },
      logger: silentLogger,
    });
    tm = new TransactionManager({ orm, schema: SCHEMA, relay });
    await orm.em.fork().execute(`insert into ${SCHEMA}.lists (id, status) values ('l-1', 'available')`, [], 'run');
  });
  afterAll(async () => {
    await relay.stop();
    await orm.close(true);
    await db.drop();
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

  const send = async (id: string) => {
    const envelope = createEnvelope({
      name: Names.depot.InitiateShopping,
      payload: encodeMessage(Names.depot.InitiateShopping, { id }),
      headers: { [Headers.ReplyChannel]: 'cosec.replies', [Headers.SagaId]: 'saga-1' },
    });
    const payload = decodeMessage(Names.depot.InitiateShopping, envelope.payload);
    const r = await tm.handle({ messageId: envelope.messageId, name: envelope.name }, (uow) =>
      handler(payload as never, uow, envelope),
    );
    await relay.idle();
    return { r, envelope };
  };
  const status = async (id: string) =>
    (await orm.em.fork().execute<{ status: string }[]>(`select status from ${SCHEMA}.lists where id = ?`, [id]))[0]?.status;

  it('replies Success when the queued write holds, and the write commits with the reply', async () => {
    published.length = 0;
    const { r } = await send('l-1');
    expect(r).toEqual({ duplicate: false, result: undefined });
    expect(await status('l-1')).toBe('active');
    expect(published.map((m) => [m.name, m.routingKey, m.headers[Headers.ReplyOutcome]])).toEqual([
      [Names.common.Success, 'cosec.replies', ReplyOutcome.Success],
    ]);
  });

  it('replies Failure when a queued write’s check fails at commit with a DomainError, and records the command as handled', async () => {
    published.length = 0;
    const { r, envelope } = await send('l-missing');
    expect(r).toEqual({ duplicate: false, result: undefined });
    expect(published).toHaveLength(1);
    const reply = published[0]!;
    expect([reply.name, reply.headers[Headers.ReplyOutcome], reply.headers[Headers.SagaId]]).toEqual([
      Names.common.Failure,
      ReplyOutcome.Failure,
      'saga-1',
    ]);
    expect(decodeMessage(Names.common.Failure, reply.payload)).toMatchObject({
      code: 'NOT_FOUND',
      message: 'shopping list l-missing not found',
    });
    const inbox = await orm.em
      .fork()
      .execute<{ n: number }[]>(`select count(*)::int as n from ${SCHEMA}.inbox where message_id = ?`, [envelope.messageId]);
    expect(inbox[0]?.n).toBe(1);
  });
});
