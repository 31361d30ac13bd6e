/**
 * One MikroORM per service, bound to the service's own PostgreSQL schema.
 *
 * - `openOrm` creates the database if missing, initialises MikroORM (entities are `defineEntity` schemas, the one
 *   entity style of the repository) and, unless told otherwise, runs the service's checked-in migrations.
 * - Migrations run under a PostgreSQL advisory lock keyed by the schema name, held on a separate session, so two
 *   replicas starting together apply them once: the second waits, then finds nothing pending.
 * - Callers never use `orm.em` directly (it is the global context and refuses queries): each gRPC call or message
 *   forks it (`orm.em.fork()`), normally through `withUnitOfWork` of `@mallbots/tm`.
 */
import { MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Constructor, EntitySchema } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import pg from 'pg';
import { ensureDatabase } from './database.ts';

export { Migration };
export type { EntityManager, MikroORM };

export interface MigrationDefinition {
  /** Stable name recorded in the migrations table, e.g. `0001_create_tables`. */
  name: string;
  class: Constructor<Migration>;
}

export interface OrmOptions {
  databaseUrl: string;
  /** The service's schema; every table of the service lives there. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- MikroORM's own entity list type
  entities: EntitySchema<any, any>[];
  migrations: MigrationDefinition[];
  poolMax?: number;
  /** Run pending migrations before returning (default true). */
  migrate?: boolean;
  /**
   * Every connection of the pool plans prepared statements generically: `set plan_cache_mode = force_generic_plan`
   * when it is opened (pg's `connect` event, before the connection serves anything; a session setting outside any
   * transaction, so no rollback undoes it, and no startup parameter, which connection poolers refuse). For lib/tm's
   * prepared statements (its inbox insert, `readAll`'s reads, the closing statement), which are key lookups:
   * PostgreSQL otherwise keeps planning a statement afresh at every execution when a plan for the call's values
   * looks cheaper than the generic one, as for `id = any(?::uuid[])` (a generic plan assumes ten elements), and that
   * planning was most of those statements' time (docs/performance.md, thirteenth round). MikroORM's `execute` sends
   * every statement with its values inlined, so no statement of MikroORM's has parameters for this to change; only
   * named prepared statements (lib/tm's) do. Default false: `openOrm` callers other than a service (tests, the
   * `migrate` command) keep PostgreSQL's default.
   */
  genericPlans?: boolean;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** `genericPlans`: the pool's new connections ask for generic plans before they serve anything. */
function askForGenericPlans(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    // Queued before any query of the pool's caller. Only an optimisation: where PostgreSQL refuses it (there is no
    // such setting before PostgreSQL 12) the connection plans as before; a broken connection fails the next query.
    client.query('set plan_cache_mode = force_generic_plan').catch(() => undefined);
  });
}

export async function openOrm(opts: OrmOptions): Promise<MikroORM> {
  if (!SCHEMA_NAME.test(opts.schema)) throw new Error(`invalid schema name "${opts.schema}"`);
  await ensureDatabase(opts.databaseUrl);
  const config: Options = {
    clientUrl: opts.databaseUrl,
    schema: opts.schema,
    entities: opts.entities,
    extensions: [Migrator],
    allowGlobalContext: false,
    debug: false,
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: opts.poolMax ?? 10 },
    ...(opts.genericPlans ? { driverOptions: { onPoolCreated: askForGenericPlans } } : {}),
    migrations: {
      tableName: 'mikro_orm_migrations',
      schema: opts.schema,
      migrationsList: opts.migrations,
      snapshot: false,
      snapshotOnMigrate: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
  };
  const orm = await MikroORM.init(config);
  if (opts.migrate ?? true) {
    try {
      await migrate(orm, opts.databaseUrl, opts.schema);
    } catch (err) {
      await orm.close(true);
      throw err;
    }
  }
  return orm;
}

/** Applies pending migrations of `schema` under an advisory lock; returns the names applied. */
export async function migrate(orm: MikroORM, databaseUrl: string, schema: string): Promise<string[]> {
  const lockSession = new pg.Client({ connectionString: databaseUrl });
  await lockSession.connect();
  try {
    await lockSession.query('SELECT pg_advisory_lock(hashtext($1))', [`mallbots.migrate.${schema}`]);
    await lockSession.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await orm.migrator.up();
    return applied.map((m) => m.name);
  } finally {
    await lockSession.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await lockSession.end().catch(() => undefined);
  }
}

/**
 * The `pg` pool under the ORM's connection. Work that needs no entities (health checks, the outbox relay's
 * sweeps and deletes, lib/tm's units of work) queries it directly, without forking an EntityManager.
 */
export function nativePool(orm: MikroORM): Promise<pg.Pool> {
  return (orm.em.getConnection() as unknown as { getNativeClient(): Promise<pg.Pool> }).getNativeClient();
}

/** True when a trivial query succeeds within `timeoutMs`. Used by health and readiness checks. */
export async function isReachable(orm: MikroORM, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = nativePool(orm)
    .then((pool) => pool.query('select 1'))
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Shorthand for a migration made only of SQL statements. */
export function sqlMigration(name: string, statements: string[]): MigrationDefinition {
  class SqlMigration extends Migration {
    up(): void {
      for (const s of statements) this.addSql(s);
    }
  }
  return { name, class: SqlMigration };
}
