import { sqlMigration } from '@mallbots/db';
import { INBOX_OUTBOX_TABLES } from '@mallbots/tm';

export const m0001CreateTables = sqlMigration('0001_create_tables', [
  `create table shopping_lists (
       id uuid primary key,
       order_id uuid not null,
       stops jsonb not null,
       assigned_bot_id text,
       status text not null
         check (status in ('pending', 'available', 'assigned', 'active', 'completed', 'canceled')),
       created_at timestamptz not null default now(),
       updated_at timestamptz not null default now()
     )`,
  // One list per order, ever: CreateShoppingList is idempotent per order (a repeat returns this row's id), and a
  // cancelled order or list never comes back to be shopped again.
  `create unique index shopping_lists_order_id_key on shopping_lists (order_id)`,
  // What the bots poll: the available lists, oldest first.
  `create index shopping_lists_available_idx on shopping_lists (created_at, id) where status = 'available'`,
  // Caches of the stores catalogue, fed by stores events and by gRPC look-ups on a miss. `version` is the stores
  // aggregate version: older events are ignored. Columns that can arrive late (an event for a row we have not seen
  // created yet) are nullable, and a row missing them counts as a miss.
  `create table stores_cache (
       id uuid primary key,
       name text,
       location text,
       version integer not null,
       updated_at timestamptz not null default now()
     )`,
  `create table products_cache (
       id uuid primary key,
       store_id uuid,
       name text,
       removed boolean not null default false,
       version integer not null,
       updated_at timestamptz not null default now()
     )`,
  ...INBOX_OUTBOX_TABLES,
]);
