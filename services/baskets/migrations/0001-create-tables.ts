import { sqlMigration } from '@mallbots/db';
import { EVENT_STORE_TABLES } from '@mallbots/es';
import { INBOX_OUTBOX_TABLES } from '@mallbots/tm';

// The catalogue cache: see src/persistence/catalogue-cache.ts for why product rows keep a version per field group
// and why name, price and store_id may be null (an event arrived before ProductAdded).
export const m0001CreateTables = sqlMigration('0001_create_tables', [
  `create table stores_cache (
       id uuid primary key,
       name text not null,
       version integer not null,
       updated_at timestamptz not null default now()
     )`,
  `create table products_cache (
       id uuid primary key,
       store_id uuid,
       name text,
       name_version integer not null default 0,
       price numeric(12, 2) check (price >= 0),
       price_version integer not null default 0,
       removed boolean not null default false,
       version integer not null,
       updated_at timestamptz not null default now()
     )`,
  ...EVENT_STORE_TABLES,
  ...INBOX_OUTBOX_TABLES,
]);
