/**
 * The unit of work: every gRPC call and every consumed message runs as one `TransactionManager` call.
 *
 *   begin -> [message: inbox insert; duplicate id -> commit nothing, report duplicate] -> handler
 *         -> one closing statement: the handler's queued writes (`uow.write`) and the outbox rows of what it
 *            published -> commit -> relay publishes the new rows
 *
 * Round trips are the cost of a unit of work (every statement waits for PostgreSQL, and each wake-up of an idle
 * backend costs more than the statement), so the closing writes and the outbox share one statement, and a
 * participant's failure is answered with `RollbackWith` instead of a savepoint around every handler. lib/tm drives
 * the connection itself (`transaction.ts`, ADR 0005): `begin` and the inbox insert travel with the handler's first
 * statement and `commit` with the closing statement, so a handler with one read is two round trips. A handler
 * that reads nothing (it decides from the message, or from a cache kept with `afterCommit`) is ONE round trip:
 * its inbox insert becomes part of the closing statement, checked like a queued write, so a duplicate aborts it.
 *
 * The handler gets a forked EntityManager bound to the transaction and `publish()` for integration messages.
 * Nothing it publishes leaves before the commit, so a reply can never race the state it depends on, and a
 * rolled-back handler publishes nothing. The caller (lib/am consumer) acks only after this resolves.
 */
import { randomUUID } from 'node:crypto';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { encodeMessage, type MessageName, type MessageTypes } from '@mallbots/contracts';
import { nativePool } from '@mallbots/db';
import type { OutboxRelay, OutboxRow } from './outbox.ts';
import { plain, PreparedStatements } from './prepared.ts';
import { CHECK_FAILED } from './tables.ts';
import { DuplicateMessage, UnitTransaction } from './transaction.ts';

export type MessageKind = 'event' | 'command' | 'reply';

export interface OutgoingMessage<N extends MessageName = MessageName> {
  kind: MessageKind;
  name: N;
  payload: MessageTypes[N]['input'];
  /** Events and commands route by name; replies route by the reply channel given here. */
  routingKey?: string;
  headers?: Record<string, string>;
  /** The aggregate the message is about (kept with the row; ordering is by write order). */
  aggregateId?: string;
}

/** What a unit of work knows about the message it handles (absent for gRPC calls). */
export interface IncomingMessage {
  messageId: string;
  name: string;
  correlationId?: string | undefined;
}

/** What a deferred write must find: exactly `rows` rows affected, else `error()` is thrown (and all rolls back). */
export interface WriteCheck {
  rows: number;
  error: () => Error;
}

/**
 * A read for `UnitOfWork.readAll`: one statement with `?` parameters, and what to make of its rows. Usually a
 * select; an `insert … returning` whose effect the unit keeps (a claim) is one too, run in its place in the list.
 */
export interface Read<T> {
  sql: string;
  params: readonly unknown[];
  map(rows: Record<string, unknown>[]): T;
}

type ReadResults<R extends readonly Read<unknown>[]> = { -readonly [K in keyof R]: R[K] extends Read<infer T> ? T : never };

export interface UnitOfWork {
  readonly em: EntityManager;
  readonly incoming: IncomingMessage | undefined;
  /**
   * Runs reads that do not depend on each other as ONE message (one round trip; `begin` and the inbox insert
   * travel with them when they are the unit's first statements) and returns each one's mapped rows, in order.
   * Each read takes its own snapshot (READ COMMITTED), as separate statements would.
   */
  readAll<R extends readonly Read<unknown>[]>(reads: R): Promise<ReadResults<R>>;
  /** Writes a message to the outbox, in this transaction. */
  publish<N extends MessageName>(message: OutgoingMessage<N>): void;
  /**
   * Queues a closing write whose result the handler does not need (one `insert`/`update`/`delete` with `?`
   * parameters and no `returning`). Queued writes run at the end of the unit of work together with the outbox
   * insert, as ONE statement (a writable CTE), so they cost no round trips of their own. The handler does not
   * see their effects, two queued writes must not touch the same row (they run on one snapshot), and they run
   * after MikroORM flushed the unit's entity changes. A failed `check` fails the unit of work at commit (the
   * statement calls `uow_check`, which aborts it and the `commit` sent with it) with `check.error()`.
   */
  write(sql: string, params: readonly unknown[], check?: WriteCheck): void;
  /**
   * Runs `fn` once the unit of work has committed (never when it rolls back, is a duplicate or is replaced by a
   * `RollbackWith`): for in-process state that must only reflect committed data, such as a cache. `fn` must not
   * throw (an error is swallowed: the commit stands).
   */
  afterCommit(fn: () => void): void;
}

export interface DeferredWrite {
  sql: string;
  params: readonly unknown[];
  check?: WriteCheck | undefined;
}

/** The `write_index` of the inbox row's check in a closing statement (a duplicate message). */
const INBOX_CHECK = '-1';

const WRITE = /^\s*(insert|update|delete)\b/i;

/** Validates a write for `UnitOfWork.write` (shared by units of work that stage writes of their own). */
export function deferredWrite(sql: string, params: readonly unknown[], check?: WriteCheck): DeferredWrite {
  if (!WRITE.test(sql) || /\breturning\b/i.test(sql) || sql.includes(';')) {
    throw new Error(`a deferred write is one insert, update or delete without returning: ${sql.slice(0, 60)}`);
  }
  const placeholders = (sql.match(/\?/g) ?? []).length;
  if (placeholders !== params.length)
    throw new Error(`deferred write has ${placeholders} placeholders, ${params.length} parameters`);
  return { sql, params, check };
}

export interface TransactionManagerOptions {
  orm: MikroORM;
  schema: string;
  relay: OutboxRelay;
  /**
   * Called for each message as it is written, inside the unit of work: returns headers to store with it
   * (the W3C trace context of a producer span) and may count it.
   */
  contextHeaders?: (message: { name: string; kind: MessageKind; routingKey: string }) => Record<string, string>;
  /**
   * Run the statements lib/tm writes (inbox, `readAll`, the closing statement) as server-side prepared
   * statements (`prepared.ts`; default true). Off behind a pooler that does not keep a session's statements.
   */
  preparedStatements?: boolean;
}

export type HandleResult<T> = { duplicate: true } | { duplicate: false; result: T };

/**
 * Thrown by a handler to roll its whole unit of work back and commit `instead` in a fresh one (with the inbox
 * row of the message, so a redelivery is still recognised as handled). Saga participants answer a failed
 * command this way: the failure reply commits, the failed handler's writes do not. Cheaper than a savepoint
 * around every handler, because failures are rare and the success path then needs no extra statements.
 */
export class RollbackWith extends Error {
  readonly reason: unknown;
  readonly instead: (uow: UnitOfWork) => Promise<unknown>;

  constructor(reason: unknown, instead: (uow: UnitOfWork) => Promise<unknown>) {
    super(`rolled back: ${(reason as Error)?.message ?? String(reason)}`);
    this.name = 'RollbackWith';
    this.reason = reason;
    this.instead = instead;
  }
}

export class TransactionManager {
  readonly #o: TransactionManagerOptions;
  readonly #outbox: string;
  readonly #inbox: string;
  readonly #check: string;
  #pool: Promise<pg.Pool> | undefined;
  #statements: Pick<PreparedStatements, 'render'> | undefined;

  constructor(opts: TransactionManagerOptions) {
    this.#o = opts;
    this.#outbox = `"${opts.schema}".outbox`;
    this.#inbox = `"${opts.schema}".inbox`;
    this.#check = `"${opts.schema}".uow_check`;
  }

  /** Runs `fn` in a transaction (gRPC calls and other work with no incoming message). */
  async run<T>(fn: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    const r = await this.#execute(undefined, fn);
    if (r.duplicate) throw new Error('unreachable: no inbox for a plain unit of work');
    return r.result;
  }

  /** Runs a message handler once per message id; a redelivered message commits nothing. */
  handle<T>(incoming: IncomingMessage, fn: (uow: UnitOfWork) => Promise<T>): Promise<HandleResult<T>> {
    return this.#execute(incoming, fn);
  }

  async #execute<T>(incoming: IncomingMessage | undefined, fn: (uow: UnitOfWork) => Promise<T>): Promise<HandleResult<T>> {
    try {
      return await this.#attempt(incoming, fn);
    } catch (err) {
      if (!(err instanceof RollbackWith)) throw err;
      return this.#attempt(incoming, err.instead as (uow: UnitOfWork) => Promise<T>);
    }
  }

  async #attempt<T>(incoming: IncomingMessage | undefined, fn: (uow: UnitOfWork) => Promise<T>): Promise<HandleResult<T>> {
    const orm = this.#o.orm;
    this.#pool ??= nativePool(orm);
    const pool = await this.#pool;
    if (!this.#statements) {
      const platform = orm.em.getPlatform();
      const format = (sql: string, params: readonly unknown[]): string => platform.formatQuery(sql, params as unknown[]);
      this.#statements =
        this.#o.preparedStatements === false
          ? { render: (_client, st) => plain(format, st) }
          : PreparedStatements.forPool(pool, format);
    }
    const tx = new UnitTransaction({
      pool,
      statements: this.#statements,
      inbox: incoming && {
        messageId: incoming.messageId,
        sql: {
          sql: `insert into ${this.#inbox} (message_id, name) values (?, ?) on conflict do nothing returning message_id`,
          params: [incoming.messageId, incoming.name],
        },
      },
    });
    const committedHooks: (() => void)[] = [];
    // The EntityManager is forked on first use: a unit whose handler works only through `readAll`, `write` and
    // `publish` (cosec's saga steps) skips the fork and the flush, ~18 % of its unit's time in a profile.
    let forked: EntityManager | undefined;
    const pending: OutgoingMessage[] = [];
    const writes: DeferredWrite[] = [];
    const uow: UnitOfWork = {
      get em() {
        if (!forked) {
          forked = orm.em.fork();
          forked.setTransactionContext(tx as never);
        }
        return forked;
      },
      incoming,
      readAll: async <R extends readonly Read<unknown>[]>(reads: R) => {
        const results = await tx.executeAll(reads);
        return reads.map((r, i) => r.map(results[i]!)) as ReadResults<R>;
      },
      publish: (m) => {
        pending.push(m as unknown as OutgoingMessage);
      },
      write: (sql, params, check) => {
        writes.push(deferredWrite(sql, params, check));
      },
      afterCommit: (fn) => {
        committedHooks.push(fn);
      },
    };
    let rows: OutboxRow[] = [];
    let committed = false;
    try {
      let result: T;
      try {
        result = await fn(uow);
      } catch (err) {
        if (tx.duplicate) return { duplicate: true };
        throw err;
      }
      if (tx.duplicate) return { duplicate: true };
      if (forked) await forked.flush();
      const prepared = this.#prepare(pending, incoming);
      // A message's unit that sent nothing yet writes its inbox row in the closing statement too: one round trip
      const closing = this.#closing(writes, prepared, incoming && tx.inboxPending ? incoming : undefined);
      let closed;
      try {
        closed = await tx.commit(closing, closing?.inbox === true);
      } catch (err) {
        if (err instanceof DuplicateMessage) return { duplicate: true };
        const e = err as { code?: string; detail?: string };
        if (e?.code === CHECK_FAILED) {
          if (e.detail === INBOX_CHECK) return { duplicate: true };
          const failed = writes[Number(e.detail)];
          if (failed?.check) throw failed.check.error();
        }
        throw err;
      }
      committed = true;
      for (const hook of committedHooks) {
        try {
          hook();
        } catch {
          // the commit stands; a hook only maintains in-process state
        }
      }
      if (prepared.length > 0) rows = this.#outboxRows(prepared, closed?.rows ?? []);
      return { duplicate: false, result };
    } finally {
      if (!committed) await tx.rollback();
      tx.release();
      forked?.resetTransactionContext();
      if (rows.length > 0) this.#o.relay.notify(rows);
    }
  }

  /**
   * The closing statement of a unit of work: the queued writes and the outbox insert as one writable CTE (sent
   * with `commit`). A write with a check is counted by `uow_check`, which aborts the statement (and so the commit)
   * when the count is wrong. Undefined when the unit has nothing to write.
   */
  #closing(
    writes: DeferredWrite[],
    prepared: Omit<OutboxRow, 'id' | 'createdAt'>[],
    inbox: IncomingMessage | undefined,
  ): { sql: string; params: unknown[]; inbox: boolean } | undefined {
    if (writes.length === 0 && prepared.length === 0) return undefined;
    const ctes = writes.map((w, i) => `w${i} as (${w.sql} returning 1)`);
    // PostgreSQL runs every data-modifying CTE whether or not it is read: only checked writes are counted
    const counts = writes.flatMap((w, i) =>
      w.check ? [`${this.#check}((select count(*) from w${i}), ${Number(w.check.rows)}, ${i}) as w${i}`] : [],
    );
    const params: unknown[] = writes.flatMap((w) => w.params);
    if (inbox) {
      // the inbox row of a message: no row inserted means a duplicate, and the check aborts everything else
      ctes.unshift(`i as (insert into ${this.#inbox} (message_id, name) values (?, ?) on conflict do nothing returning 1)`);
      counts.unshift(`${this.#check}((select count(*) from i), 1, ${INBOX_CHECK}) as i`);
      params.unshift(inbox.messageId, inbox.name);
    }
    if (prepared.length === 0) {
      return { sql: `with ${ctes.join(', ')} select ${counts.join(', ') || '1'}`, params, inbox: inbox !== undefined };
    }
    ctes.push(
      `o as (insert into ${this.#outbox} (message_id, exchange, routing_key, name, payload, headers, correlation_id, aggregate_id)
         values ${prepared.map(() => '(?, ?, ?, ?, ?, ?::jsonb, ?, ?)').join(', ')} returning id, message_id, created_at)`,
    );
    params.push(
      ...prepared.flatMap((p) => [
        p.messageId,
        p.exchange,
        p.routingKey,
        p.name,
        Buffer.from(p.payload),
        JSON.stringify(p.headers),
        p.correlationId,
        p.aggregateId,
      ]),
    );
    return {
      sql: `with ${ctes.join(', ')} select ${[...counts, 'o.id', 'o.message_id', 'o.created_at'].join(', ')} from (select 1) as one left join o on true`,
      params,
      inbox: inbox !== undefined,
    };
  }

  /** The outbox rows (ids in write order) from the closing statement's result. */
  #outboxRows(prepared: Omit<OutboxRow, 'id' | 'createdAt'>[], result: Record<string, unknown>[]): OutboxRow[] {
    const byMessageId = new Map(result.map((r) => [String(r['message_id']), r]));
    return prepared.map((p) => {
      const row = byMessageId.get(p.messageId);
      if (!row) throw new Error(`outbox row for ${p.messageId} was not returned`);
      return { ...p, id: String(row['id']), createdAt: new Date(row['created_at'] as string | Date) };
    });
  }

  #prepare(messages: OutgoingMessage[], incoming: IncomingMessage | undefined): Omit<OutboxRow, 'id' | 'createdAt'>[] {
    const correlationId = incoming ? (incoming.correlationId ?? incoming.messageId) : randomUUID();
    return messages.map((m): Omit<OutboxRow, 'id' | 'createdAt'> => {
      if (m.kind === 'reply' && !m.routingKey) throw new Error(`reply ${m.name} needs a routing key (the reply channel)`);
      const routingKey = m.routingKey ?? m.name;
      const headers: Record<string, string> = {
        ...this.#o.contextHeaders?.({ name: m.name, kind: m.kind, routingKey }),
        ...m.headers,
      };
      if (incoming) headers['x-causation-id'] = incoming.messageId;
      return {
        messageId: randomUUID(),
        exchange: m.kind === 'event' ? 'events' : m.kind === 'command' ? 'commands' : 'replies',
        routingKey,
        name: m.name,
        payload: encodeMessage(m.name, m.payload as never),
        headers,
        correlationId,
        aggregateId: m.aggregateId ?? null,
      };
    });
  }
}
