/**
 * The database transaction of one unit of work, driven by lib/tm itself on one pooled `pg` connection.
 *
 * Why not `em.transactional()`: every statement is a round trip, and at low load a round trip costs mostly its
 * wake-ups (Node and the PostgreSQL backend), not its work. MikroORM already sends every statement with its
 * parameters inlined (simple query protocol), so statements that belong together can leave as ONE message:
 *
 *   begin; insert into inbox … on conflict do nothing returning …; <the handler's first statement>
 *   … the handler's other statements …
 *   <the closing statement: queued writes + outbox>; commit
 *
 * A unit of work that handles a message with one read is two round trips (it used to be five: begin, inbox,
 * read, close, commit); one without reads is one (`begin; <closing statement with the inbox insert>; commit`).
 * Nothing is sent, and no connection is taken, until the first statement; a unit with no statement and nothing to
 * write costs nothing.
 *
 * The handler's `em` is a fork whose transaction context is this object: MikroORM runs its statements through
 * `executeQuery`, and nested `em.transactional()` calls become savepoints (`savepoint`, `releaseSavepoint`,
 * `rollbackToSavepoint`), the subset of Kysely's transaction interface MikroORM uses.
 */
import type pg from 'pg';
import type { PreparedStatements, Statement } from './prepared.ts';

/** The result shape MikroORM expects from a Kysely connection. */
export interface QueryResult {
  rows: Record<string, unknown>[];
  numAffectedRows?: bigint;
}

interface Compiled {
  sql: string;
  parameters: readonly unknown[];
}

const WRITE_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

function toResult(r: pg.QueryResult): QueryResult {
  return {
    rows: (r.rows ?? []) as Record<string, unknown>[],
    ...(WRITE_COMMANDS.has(r.command) ? { numAffectedRows: BigInt(r.rowCount ?? 0) } : {}),
  };
}

const asArray = (r: pg.QueryResult | pg.QueryResult[]): pg.QueryResult[] => (Array.isArray(r) ? r : [r]);

/** Thrown into a handler whose message turned out to be handled already (the inbox row exists). */
export class DuplicateMessage extends Error {
  constructor(messageId: string) {
    super(`message ${messageId} was handled already`);
    this.name = 'DuplicateMessage';
  }
}

export interface TransactionOptions {
  pool: pg.Pool;
  /** The inbox insert (`… on conflict do nothing returning …`) of a message's unit of work. */
  inbox?: { sql: Statement; messageId: string } | undefined;
  /** Runs templated statements as prepared statements (`prepared.ts`); without it they are formatted plain. */
  statements: Pick<PreparedStatements, 'render'>;
}

/**
 * One unit of work's transaction. `begin` (and the inbox insert) are prefixed to the first statement; `commit`
 * follows the closing statement in the same message.
 */
export class UnitTransaction {
  readonly #o: TransactionOptions;
  #client: pg.PoolClient | undefined;
  #acquiring: Promise<pg.PoolClient> | undefined;
  /** `begin` (and the inbox insert) not sent yet. */
  #prefixPending = true;
  #duplicate = false;
  #broken: Error | undefined;
  #done = false;

  constructor(opts: TransactionOptions) {
    this.#o = opts;
  }

  /** The inbox said this message was handled already: the unit must roll back and report a duplicate. */
  get duplicate(): boolean {
    return this.#duplicate;
  }

  async #connection(): Promise<pg.PoolClient> {
    if (this.#done) throw new Error('the unit of work has ended: its transaction cannot run statements');
    if (this.#client) return this.#client;
    this.#acquiring ??= this.#o.pool.connect();
    try {
      this.#client = await this.#acquiring;
    } finally {
      this.#acquiring = undefined;
    }
    return this.#client;
  }

  #prefix(): Statement[] {
    if (!this.#prefixPending) return [];
    return this.#o.inbox ? ['begin', this.#o.inbox.sql] : ['begin'];
  }

  /** Sends `statements` as one message (with the pending prefix); returns the results of `statements`. */
  async #send(statements: Statement[]): Promise<pg.QueryResult[]> {
    const client = await this.#connection();
    const prefix = this.#prefix();
    this.#prefixPending = false;
    const results = await this.#run(client, [...prefix, ...statements]);
    if (prefix.length === 2 && this.#o.inbox) {
      if ((results[1]?.rows.length ?? 0) === 0) this.#duplicate = true;
    }
    return results.slice(prefix.length);
  }

  /**
   * Sends `statements` as one message, the `prepare`s of templates new to this connection first; returns one
   * result per statement. A failed message that carried a `prepare` leaves it unknown which ones ran (they are
   * not transactional): the connection is discarded at `release`.
   */
  async #run(client: pg.PoolClient, statements: Statement[]): Promise<pg.QueryResult[]> {
    const prepares: string[] = [];
    const texts = statements.map((s) => {
      const r = this.#o.statements.render(client, s);
      if (r.prepare) prepares.push(r.prepare);
      return r.text;
    });
    try {
      return asArray(await client.query([...prepares, ...texts].join(';\n'))).slice(prepares.length);
    } catch (err) {
      if (prepares.length > 0) this.#broken ??= err as Error;
      throw err;
    }
  }

  /** Throws DuplicateMessage once the inbox said the message was handled already. */
  #failIfDuplicate(): void {
    if (this.#duplicate) throw new DuplicateMessage(this.#o.inbox?.messageId ?? '?');
  }

  /** Runs one statement in the transaction (Kysely's `executeQuery`, used by MikroORM). */
  async executeQuery(compiled: Compiled): Promise<QueryResult> {
    if (compiled.parameters.length > 0) {
      // MikroORM inlines parameters; a statement with bound parameters cannot share a message with the prefix
      if (this.#prefixPending) {
        await this.#send([]);
        this.#failIfDuplicate();
      }
      const client = await this.#connection();
      return toResult(await client.query(compiled.sql, compiled.parameters as unknown[]));
    }
    // a text of several statements (e.g. a lock, then the read that needs it) answers with its last result
    const result = (await this.#send([compiled.sql])).at(-1);
    this.#failIfDuplicate();
    if (!result) throw new Error('no result for a statement');
    return toResult(result);
  }

  /** A message's unit that has sent nothing yet: its inbox row is still to be written. */
  get inboxPending(): boolean {
    return this.#prefixPending && this.#o.inbox !== undefined;
  }

  /** Runs several statements (parameters inlined) as one message; returns the rows of each. */
  async executeAll(statements: readonly Statement[]): Promise<Record<string, unknown>[][]> {
    if (statements.length === 0) return [];
    const results = await this.#send([...statements]);
    this.#failIfDuplicate();
    if (results.length !== statements.length) throw new Error(`${statements.length} statements gave ${results.length} results`);
    return results.map((r) => (r.rows ?? []) as Record<string, unknown>[]);
  }

  /**
   * Sends the closing statement (if any) and `commit` as one message and returns the closing statement's result.
   * A message's unit whose inbox row was not written yet either has it in `closing` (`inboxInClosing`: the
   * statement fails on a duplicate, so nothing commits) or first writes it alone: a duplicate must not commit.
   */
  async commit(closing: Statement | undefined, inboxInClosing = false): Promise<QueryResult | undefined> {
    if (inboxInClosing) {
      if (!this.inboxPending || closing === undefined) throw new Error('the inbox row can only travel with a closing statement');
      this.#prefixPending = false;
      const client = await this.#connection();
      const results = await this.#run(client, ['begin', closing, 'commit']);
      this.#done = true;
      return toResult(results[1]!);
    }
    if (this.#prefixPending && closing === undefined) {
      this.#done = !this.#o.inbox; // nothing was sent and nothing is to be written: nothing to commit
      if (this.#done) return undefined;
      // only the inbox row: `begin; insert …; commit` (a duplicate's insert did nothing, so committing is harmless)
      await this.#send(['commit']);
      this.#done = true;
      this.#failIfDuplicate();
      return undefined;
    }
    if (this.#prefixPending && this.#o.inbox) {
      await this.#send([]);
      this.#failIfDuplicate();
    }
    const results = await this.#send(closing === undefined ? ['commit'] : [closing, 'commit']);
    this.#done = true;
    return closing === undefined ? undefined : toResult(results[0]!);
  }

  /**
   * Rolls back whatever was sent (nothing if nothing was). Never throws: a connection that cannot even roll back
   * (it died, the server ended it) is marked broken and discarded by `release`.
   */
  async rollback(): Promise<void> {
    if (this.#done || this.#prefixPending || !this.#client) return;
    this.#done = true;
    try {
      await this.#client.query('rollback');
    } catch (err) {
      this.#broken = err as Error;
    }
  }

  /** Returns the connection to the pool (or discards it when it failed). Call once, at the end. */
  release(): void {
    this.#done = true;
    const client = this.#client;
    this.#client = undefined;
    if (!client) return;
    if (this.#broken) client.release(this.#broken);
    else client.release();
  }

  // --- the subset of Kysely's Transaction that MikroORM uses for nested transactions -------------------------

  /** `em.transactional()` inside a unit of work: a savepoint. */
  savepoint(name: string): { execute: () => Promise<Savepoint> } {
    if (!SAVEPOINT_NAME.test(name)) throw new Error(`invalid savepoint name ${name}`);
    return { execute: async () => (await this.executeQuery(raw(`savepoint ${name}`)), new Savepoint(this)) };
  }

  getExecutor(): { provideConnection: <T>(fn: (c: unknown) => Promise<T>) => Promise<T> } {
    return { provideConnection: (fn) => fn(undefined) };
  }

  get isRolledBack(): boolean {
    return false;
  }
}

const SAVEPOINT_NAME = /^[a-z_][a-z0-9_]*$/i;
const raw = (sql: string): Compiled => ({ sql, parameters: [] });

/** A nested `em.transactional()`: statements go to the unit's transaction; MikroORM names it (`savepointName`). */
class Savepoint {
  readonly #tx: UnitTransaction;

  constructor(tx: UnitTransaction) {
    this.#tx = tx;
  }

  executeQuery(compiled: Compiled): Promise<QueryResult> {
    return this.#tx.executeQuery(compiled);
  }

  savepoint(name: string): { execute: () => Promise<Savepoint> } {
    return this.#tx.savepoint(name);
  }

  releaseSavepoint(name: string): { execute: () => Promise<void> } {
    return this.#control('release savepoint', name);
  }

  rollbackToSavepoint(name: string): { execute: () => Promise<void> } {
    return this.#control('rollback to savepoint', name);
  }

  #control(what: string, name: string): { execute: () => Promise<void> } {
    if (!SAVEPOINT_NAME.test(name)) throw new Error(`invalid savepoint name ${name}`);
    return { execute: async () => void (await this.#tx.executeQuery(raw(`${what} ${name}`))) };
  }

  getExecutor(): { provideConnection: <T>(fn: (c: unknown) => Promise<T>) => Promise<T> } {
    return this.#tx.getExecutor();
  }

  get isRolledBack(): boolean {
    return false;
  }
}
