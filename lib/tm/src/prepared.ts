/**
 * Server-side prepared statements for the statements lib/tm writes itself: the inbox insert, `readAll`'s reads
 * and the closing statement (queued writes + outbox insert).
 *
 * Why: MikroORM inlines parameters and lib/tm sends a unit's statements as one simple-protocol message
 * (`transaction.ts`), so PostgreSQL parses, analyses and plans every statement afresh: about a third of its CPU
 * at saturation in a `perf` profile. The simple protocol can still run a prepared statement: `execute s(…)` with
 * the values as literals. PostgreSQL then parses only the short `execute` and reuses a generic plan. A service's
 * connections ask for generic plans (lib/db's `genericPlans`, on with this): by default PostgreSQL keeps planning,
 * at every execution, a statement whose plan for the call's values looks cheaper than the generic one, such as an
 * `= any(?::uuid[])` (docs/performance.md, thirteenth round). The `prepare` travels in the same message as the
 * first `execute` on each connection, so it costs no round trip.
 *
 * Safety:
 * - A template is prepared on connections only after a probe (`prepare` on an idle connection, outside any
 *   transaction) succeeded, so a statement whose parameter types PostgreSQL cannot infer never fails a unit of
 *   work: it stays plain. Until the probe answers, the template runs plain too.
 * - A template with `??` (an identifier), `\?`, `$` (dollar quotes, `$n`), or a call with an array parameter
 *   (MikroORM expands arrays into lists) runs plain.
 * - `prepare` is not transactional, so whether a failed message prepared its statements is unknown: the unit of
 *   work discards such a connection (`UnitTransaction`) and with it the connection's statements.
 * - One registry per pool (`forPool`), so units of work of several TransactionManagers sharing a pool agree on
 *   what each connection holds; names are unique in the process.
 * - At most `maxTemplates` templates; more run plain (a service has a few dozen).
 *
 * Turn it off (`DATABASE_PREPARED_STATEMENTS=false`) behind a pooler that does not keep a session's prepared
 * statements (PgBouncer in transaction mode before 1.21).
 */
import type pg from 'pg';

/** A statement with `?` placeholders and its parameters (MikroORM's convention). */
export interface Templated {
  sql: string;
  params: readonly unknown[];
}

export type Statement = string | Templated;

/** Formats a template with its parameters as literals (MikroORM's `platform.formatQuery`). */
export type Format = (sql: string, params: readonly unknown[]) => string;

interface Template {
  name: string;
  /** The template with `$1 … $n`; undefined when it cannot be prepared (it runs plain). */
  text: string | undefined;
  /** `unprobed` and `probing` run plain; `ready`: PostgreSQL accepted it, connections may prepare it. */
  state: 'unprobed' | 'probing' | 'ready';
  /** `execute <name>(?, …)`, formatted with each call's values. */
  call: string;
}

/** What a statement becomes on one connection: the text to run and, the first time, the `prepare` before it. */
export interface Rendered {
  prepare?: string;
  text: string;
}

const byPool = new WeakMap<pg.Pool, PreparedStatements>();
/** Every ready template's text by name; names are unique in the process (tests turn `execute`s back into statements). */
const textByName = new Map<string, string>();
let nextName = 1;

/** The template a prepared statement of this process was made from (`$n` placeholders), if it is one. */
export function preparedText(name: string): string | undefined {
  return textByName.get(name);
}

/** A statement formatted with its values inlined: what runs when nothing is prepared. */
export function plain(format: Format, s: Statement): Rendered {
  return { text: typeof s === 'string' ? s : format(s.sql, s.params) };
}

export class PreparedStatements {
  readonly #pool: pg.Pool;
  readonly #format: Format;
  readonly #max: number;
  readonly #templates = new Map<string, Template>();
  /** The statements each connection has prepared (a connection that dies takes its set with it). */
  readonly #onConnection = new WeakMap<pg.ClientBase, Set<string>>();

  constructor(pool: pg.Pool, format: Format, maxTemplates = 256) {
    this.#pool = pool;
    this.#format = format;
    this.#max = maxTemplates;
  }

  /** The registry of `pool` (created on first use). */
  static forPool(pool: pg.Pool, format: Format): PreparedStatements {
    let p = byPool.get(pool);
    if (!p) {
      p = new PreparedStatements(pool, format);
      byPool.set(pool, p);
    }
    return p;
  }

  /** The registry of `pool`, if one was made (for tests and diagnostics). */
  static of(pool: pg.Pool): PreparedStatements | undefined {
    return byPool.get(pool);
  }

  /** How many templates are prepared-ready (for tests and diagnostics). */
  get ready(): number {
    let n = 0;
    for (const t of this.#templates.values()) if (t.state === 'ready') n++;
    return n;
  }

  /** The statement as it runs on `client`: `execute` when it can, else the formatted text. */
  render(client: pg.ClientBase, s: Statement): Rendered {
    if (typeof s === 'string' || s.params.length === 0 || s.params.some((p) => Array.isArray(p))) {
      return plain(this.#format, s);
    }
    const t = this.#template(s.sql, s.params.length);
    if (!t?.text) return plain(this.#format, s);
    if (t.state !== 'ready') {
      if (t.state === 'unprobed') void this.#probe(t, t.text);
      return plain(this.#format, s);
    }
    const text = this.#format(t.call, s.params);
    const prepared = this.#preparedOn(client);
    if (prepared.has(t.name)) return { text };
    prepared.add(t.name);
    return { prepare: `prepare ${t.name} as ${t.text}`, text };
  }

  #preparedOn(client: pg.ClientBase): Set<string> {
    let prepared = this.#onConnection.get(client);
    if (!prepared) {
      prepared = new Set();
      this.#onConnection.set(client, prepared);
    }
    return prepared;
  }

  #template(sql: string, params: number): Template | undefined {
    const known = this.#templates.get(sql);
    if (known) return known;
    if (this.#templates.size >= this.#max) return undefined;
    const name = `mbt_${nextName++}`;
    const t: Template = {
      name,
      text: numbered(sql, params),
      state: 'unprobed',
      call: `execute ${name}(${Array(params).fill('?').join(', ')})`,
    };
    this.#templates.set(sql, t);
    return t;
  }

  async #probe(t: Template, text: string): Promise<void> {
    t.state = 'probing';
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch {
      t.state = 'unprobed'; // no connection now: a later use probes again
      return;
    }
    try {
      await client.query(`prepare ${t.name} as ${text}`);
      this.#preparedOn(client).add(t.name);
      textByName.set(t.name, text);
      t.state = 'ready';
    } catch {
      t.text = undefined; // PostgreSQL cannot prepare it (e.g. a parameter of unknown type): it stays plain
    } finally {
      client.release();
    }
  }
}

/** `?` → `$1 … $n`; undefined when the template is not one MikroORM would format the same way. */
export function numbered(sql: string, params: number): string | undefined {
  if (sql.includes('??') || sql.includes('\\?') || sql.includes('$')) return undefined;
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  return n === params ? text : undefined;
}
