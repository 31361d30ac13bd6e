/**
 * Test helpers: every integration test file gets a database of its own, so tests never see each other's rows
 * and can run while `make up` uses the `mallbots` database.
 */
import { randomBytes } from 'node:crypto';
import { ensureDatabase, dropDatabase, withDatabase } from './database.ts';

export const ADMIN_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database `mbt_<label>_<random>` and returns its URL. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const safe = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 30);
  const name = `mbt_${safe}_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(ADMIN_DATABASE_URL, name);
  await ensureDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}
