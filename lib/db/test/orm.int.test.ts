import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { defineEntity, p } from '@mikro-orm/core';
import { openOrm, migrate, isReachable, sqlMigration } from '@mallbots/db';
import { createTestDatabase, type TestDatabase } from '@mallbots/db/testing';

const Widget = defineEntity({
  name: 'Widget',
  tableName: 'widgets',
  properties: {
    id: p.string().primary(),
    label: p.string(),
  },
});

const migrations = [
  sqlMigration('0001_widgets', ['create table widgets (id text primary key, label text not null)']),
  sqlMigration('0002_widgets_index', ['create index widgets_label_idx on widgets (label)']),
];

describe('openOrm', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('db_orm');
  });
  afterAll(async () => {
    await db.drop();
  });

  it('creates the schema, applies migrations once even when two processes start together, and maps entities', async () => {
    // Two ORMs migrating at the same time: the advisory lock serialises them, so nothing fails and each
    // migration is recorded once.
    const [a, b] = await Promise.all([
      openOrm({ databaseUrl: db.url, schema: 'widgets_svc', entities: [Widget], migrations }),
      openOrm({ databaseUrl: db.url, schema: 'widgets_svc', entities: [Widget], migrations }),
    ]);
    try {
      const rows = await a.em
        .fork()
        .getConnection()
        .execute<{ name: string }[]>('select name from widgets_svc.mikro_orm_migrations order by id');
      expect(rows.map((r) => r.name)).toEqual(['0001_widgets', '0002_widgets_index']);

      const em = a.em.fork();
      em.create(Widget, { id: 'w1', label: 'first' });
      await em.flush();
      const found = await b.em.fork().findOneOrFail(Widget, { id: 'w1' });
      expect(found.label).toBe('first');

      expect(await migrate(a, db.url, 'widgets_svc')).toEqual([]);
      expect(await isReachable(a)).toBe(true);
    } finally {
      await a.close(true);
      await b.close(true);
    }
  });

  it('creates a missing database', async () => {
    const url = db.url.replace(/\/([^/]+)$/, '/$1_extra');
    const orm = await openOrm({ databaseUrl: url, schema: 'x', entities: [], migrations: [] });
    await orm.close(true);
    const { dropDatabase } = await import('@mallbots/db');
    await dropDatabase(url);
  });

  it('rejects schema names that are not plain identifiers', async () => {
    await expect(openOrm({ databaseUrl: db.url, schema: 'a;drop', entities: [], migrations: [] })).rejects.toThrow(
      'invalid schema name',
    );
  });
});
