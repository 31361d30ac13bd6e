/**
 * The checker's database reader against a real PostgreSQL: whether a database can serve the cross-checks
 * (`unavailable`), which decides if `npm run check` uses `make up`'s default database.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@mallbots/db/testing';
import { FactsReader } from './db.ts';

describe('FactsReader.unavailable', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('checker_db');
  });
  afterAll(async () => {
    await db.drop();
  });

  it("says why a database without cosec's tables cannot serve, and accepts it once they are there", async () => {
    const reader = new FactsReader(db.url);
    try {
      expect(await reader.unavailable()).toBe('it has no cosec.sagas table');
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      try {
        await c.query('create schema cosec; create table cosec.sagas (id text primary key)');
      } finally {
        await c.end();
      }
      expect(await reader.unavailable()).toBeUndefined();
    } finally {
      await reader.close();
    }
  });

  it('says why an unreachable server cannot serve', async () => {
    const reader = new FactsReader('postgres://postgres@127.0.0.1:1/none');
    try {
      expect(await reader.unavailable()).toMatch(/ECONNREFUSED/);
    } finally {
      await reader.close();
    }
  });
});
