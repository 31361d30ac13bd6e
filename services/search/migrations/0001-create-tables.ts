import { sqlMigration } from '@mallbots/db';
import { INBOX_OUTBOX_TABLES } from '@mallbots/tm';

// The order read model and the name caches it is enriched from.
// - orders: one row per order; `version` is the Order aggregate version of the last applied event, so an older
//   event never overwrites a newer state. `created_at` never changes: (created_at desc, order_id desc) is the
//   keyset of SearchOrders, so a row can neither move between pages nor be seen twice.
// - caches: names only (never a phone number); stores and products keep the aggregate version of the name.
export const m0001CreateTables = sqlMigration('0001_create_tables', [
  `create table orders (
       order_id uuid primary key,
       customer_id uuid not null,
       customer_name text not null default '',
       items jsonb not null,
       total numeric(12,2) not null check (total >= 0),
       status text not null check (status in ('pending', 'rejected', 'approved', 'ready', 'completed', 'cancelled')),
       store_ids text[] not null,
       product_ids text[] not null,
       created_at timestamptz not null,
       updated_at timestamptz not null default now(),
       version integer not null check (version >= 1)
     )`,
  `create index orders_page_idx on orders (created_at desc, order_id desc)`,
  `create index orders_customer_idx on orders (customer_id, created_at desc, order_id desc)`,
  `create index orders_status_idx on orders (status, created_at desc, order_id desc)`,
  `create index orders_total_idx on orders (total)`,
  `create index orders_store_ids_idx on orders using gin (store_ids)`,
  `create index orders_product_ids_idx on orders using gin (product_ids)`,
  `create table customers_cache (
       id uuid primary key,
       name text not null,
       updated_at timestamptz not null default now()
     )`,
  `create table stores_cache (
       id uuid primary key,
       name text not null,
       version integer not null,
       updated_at timestamptz not null default now()
     )`,
  `create table products_cache (
       id uuid primary key,
       store_id uuid,
       name text not null,
       removed boolean not null default false,
       version integer not null,
       updated_at timestamptz not null default now()
     )`,
  ...INBOX_OUTBOX_TABLES,
]);
