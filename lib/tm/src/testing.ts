/**
 * A database with one schema holding the unit-of-work tables and functions (plus the test's own DDL), and a
 * transaction manager on it whose relay hands published rows to `publisher` (default: kept in `published`).
 * For integration tests of libraries built on lib/tm (import from `@mallbots/tm/testing`).
 */
import pg from 'pg';
import { openOrm, sqlMigration, type MikroORM } from '@mallbots/db';
import { createTestDatabase, type TestDatabase } from '@mallbots/db/testing';
import { silentLogger } from '@mallbots/telemetry';
import { OutboxRelay, type OutboxPublisher, type OutboxRow } from './outbox.ts';
import { preparedText } from './prepared.ts';
import { UNIT_OF_WORK_SCHEMA } from './tables.ts';
import { TransactionManager } from './unit-of-work.ts';

export interface UnitOfWorkDatabase {
  db: TestDatabase;
  orm: MikroORM;
  relay: OutboxRelay;
  tm: TransactionManager;
  /** Rows the relay published (when no publisher was given). */
  published: OutboxRow[];
  /** Stops the relay, closes the ORM and drops the database. */
  close(): Promise<void>;
}

export async function openUnitOfWorkDatabase(opts: {
  name: string;
  schema: string;
  ddl?: readonly string[];
  publisher?: OutboxPublisher;
}): Promise<UnitOfWorkDatabase> {
  const db = await createTestDatabase(opts.name);
  const orm = await openOrm({
    databaseUrl: db.url,
    schema: opts.schema,
    entities: [],
    migrations: [sqlMigration('0001', [...UNIT_OF_WORK_SCHEMA, ...(opts.ddl ?? [])])],
  });
  const published: OutboxRow[] = [];
  const relay = new OutboxRelay({
    orm,
    schema: opts.schema,
    publisher: opts.publisher ?? { publishRows: async (rows) => void published.push(...rows) },
    logger: silentLogger,
  });
  const tm = new TransactionManager({ orm, schema: opts.schema, relay });
  return {
    db,
    orm,
    relay,
    tm,
    published,
    close: async () => {
      await relay.stop();
      await orm.close(true);
      await db.drop();
    },
  };
}

/**
 * Records the text of every message this process sends to PostgreSQL through `pg` (one entry per round trip) until
 * `stop()`, which returns them: for tests that count a unit of work's round trips. The statements lib/tm runs as
 * prepared statements (`prepared.ts`) are shown as the statements they stand for: an `execute` as its template
 * (`$n` for the values), a `prepare` left out (it travels in the same message; a message of `prepare`s alone is
 * a probe on an idle connection, not a unit's round trip). `raw` shows what was sent.
 */
export function recordStatements(opts: { raw?: boolean } = {}): { stop: () => string[] } {
  const seen: string[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    seen.push(typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string }).text ?? ''));
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  return {
    stop: () => {
      pg.Client.prototype.query = query;
      return opts.raw ? seen : seen.map(logical).filter((t) => t !== '');
    },
  };
}

/** A message as the statements it stands for (see `recordStatements`). */
function logical(text: string): string {
  return text
    .split(';\n')
    .filter((st) => !/^prepare mbt_\d+ as /.test(st))
    .map((st) => st.replace(/^execute (mbt_\d+)(?:\(.*\))?$/s, (all, name: string) => preparedText(name) ?? all))
    .join(';\n');
}
