import { sqlMigration } from '@mallbots/db';
import { INBOX_OUTBOX_TABLES } from '@mallbots/tm';

export const m0001CreateTables = sqlMigration('0001_create_tables', [
  `create table customers (
       id uuid primary key,
       name text not null,
       sms_number text not null,
       enabled boolean not null,
       created_at timestamptz not null default now(),
       updated_at timestamptz not null default now()
     )`,
  ...INBOX_OUTBOX_TABLES,
]);
