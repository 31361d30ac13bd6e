import { sqlMigration } from '@mallbots/db';
import { EVENT_STORE_TABLES } from '@mallbots/es';
import { INBOX_OUTBOX_TABLES } from '@mallbots/tm';

// The write model is the event store (events + snapshots); `stores` and `products` are projections of it,
// written in the same transaction as the events they reflect.
export const m0001CreateTables = sqlMigration('0001_create_tables', [
  `create table stores (
       id uuid primary key,
       name text not null,
       location text not null,
       participating boolean not null default false,
       version integer not null
     )`,
  // GetStores orders by name; GetParticipatingStores filters on participating and orders by name.
  `create index stores_name_idx on stores (name)`,
  `create index stores_participating_name_idx on stores (participating, name)`,
  `create table products (
       id uuid primary key,
       store_id uuid not null,
       name text not null,
       description text not null default '',
       sku text not null default '',
       price numeric(12, 2) not null check (price >= 0),
       version integer not null
     )`,
  // GetCatalog filters on store_id and orders by name.
  `create index products_store_id_name_idx on products (store_id, name)`,
  ...EVENT_STORE_TABLES,
  ...INBOX_OUTBOX_TABLES,
]);
