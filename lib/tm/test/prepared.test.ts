import { describe, it, expect } from '@jest/globals';
import type pg from 'pg';
import { numbered, PreparedStatements } from '../src/prepared.ts';

/** MikroORM's formatting, reduced to what these tests need. */
const format = (sql: string, params: readonly unknown[]): string => {
  let i = 0;
  return sql.replace(/\?/g, () => {
    const p = params[i++];
    return typeof p === 'string' ? `'${p}'` : String(p);
  });
};

/** A pool whose connections accept every `prepare` except those `refuse` matches. */
function fakePool(refuse = /$^/): { pool: pg.Pool; prepared: string[] } {
  const prepared: string[] = [];
  const client = {
    query: async (sql: string) => {
      if (refuse.test(sql)) throw new Error('could not determine data type of parameter $1');
      prepared.push(sql);
      return { rows: [] };
    },
    release: () => {},
  };
  return { pool: { connect: async () => client } as unknown as pg.Pool, prepared };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('prepared statements', () => {
  it('numbers the placeholders of a template MikroORM would format the same way, and refuses the others', () => {
    expect(numbered('insert into t (a, b) values (?, ?::jsonb)', 2)).toBe('insert into t (a, b) values ($1, $2::jsonb)');
    expect(numbered('select 1', 0)).toBe('select 1');
    expect(numbered('select ??.a from t where b = ?', 2)).toBeUndefined(); // an identifier parameter
    expect(numbered('select ? \\? 1', 1)).toBeUndefined(); // an escaped question mark
    expect(numbered("select '$1' where a = ?", 1)).toBeUndefined(); // a dollar sign anywhere
    expect(numbered('select ? where a = ?', 3)).toBeUndefined(); // placeholders and parameters disagree
  });

  it('runs a template plain until the probe accepted it, then prepares it once per connection', async () => {
    const { pool, prepared } = fakePool();
    const s = new PreparedStatements(pool, format);
    const a = {} as pg.ClientBase;
    const b = {} as pg.ClientBase;
    const st = { sql: 'select n from t where id = ? and k = ?', params: ['x', 2] };
    expect(s.render(a, st)).toEqual({ text: "select n from t where id = 'x' and k = 2" });
    await settle();
    expect(prepared).toEqual(['prepare mbt_1 as select n from t where id = $1 and k = $2']);
    expect(s.render(a, st)).toEqual({
      prepare: 'prepare mbt_1 as select n from t where id = $1 and k = $2',
      text: "execute mbt_1('x', 2)",
    });
    expect(s.render(a, { ...st, params: ['y', 3] })).toEqual({ text: "execute mbt_1('y', 3)" });
    expect(s.render(b, st).prepare).toBe('prepare mbt_1 as select n from t where id = $1 and k = $2');
    expect(s.ready).toBe(1);
  });

  it('keeps plain what PostgreSQL refused, calls with an array parameter, plain strings and parameterless statements', async () => {
    const { pool } = fakePool(/is null/);
    const s = new PreparedStatements(pool, format);
    const c = {} as pg.ClientBase;
    const refused = { sql: 'select 1 where ? is null', params: ['x'] };
    s.render(c, refused);
    await settle();
    expect(s.render(c, refused)).toEqual({ text: "select 1 where 'x' is null" });
    expect(s.render(c, { sql: 'select 1 where a in (?)', params: [[1, 2]] })).toEqual({ text: 'select 1 where a in (1,2)' });
    expect(s.render(c, 'commit')).toEqual({ text: 'commit' });
    expect(s.render(c, { sql: 'select 1', params: [] })).toEqual({ text: 'select 1' });
    expect(s.ready).toBe(0);
  });

  it('stops learning templates at its limit: the ones beyond it run plain', async () => {
    const { pool } = fakePool();
    const s = new PreparedStatements(pool, format, 1);
    const c = {} as pg.ClientBase;
    s.render(c, { sql: 'select ? as a', params: [1] });
    await settle();
    s.render(c, { sql: 'select ? as b', params: [1] });
    await settle();
    expect(s.render(c, { sql: 'select ? as b', params: [1] })).toEqual({ text: 'select 1 as b' });
    expect(s.ready).toBe(1);
  });
});
