import { sqlMigration } from '@mallbots/db';
import { INBOX_OUTBOX_TABLES } from '@mallbots/tm';

// Amounts are numeric(12,2): money in cents, never floats in the database. An invoice's id is its order's id;
// the unique index on order_id also guarantees one invoice per order if that ever changes.
export const m0001CreateTables = sqlMigration('0001_create_tables', [
  `create table payments (
       id uuid primary key,
       customer_id uuid not null,
       amount numeric(12, 2) not null check (amount > 0),
       confirmed_at timestamptz,
       created_at timestamptz not null default now(),
       updated_at timestamptz not null default now()
     )`,
  `create table invoices (
       id uuid primary key,
       order_id uuid not null,
       payment_id uuid not null references payments (id),
       amount numeric(12, 2) not null check (amount >= 0),
       status text not null check (status in ('pending', 'paid', 'canceled')),
       created_at timestamptz not null default now(),
       updated_at timestamptz not null default now()
     )`,
  `create unique index invoices_order_id_idx on invoices (order_id)`,
  ...INBOX_OUTBOX_TABLES,
]);
