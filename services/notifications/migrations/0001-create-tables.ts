import { sqlMigration } from '@mallbots/db';
import { INBOX_OUTBOX_TABLES } from '@mallbots/tm';

// - customers_cache: how to reach a customer, fed by CustomerRegistered / CustomerSmsChanged and by the GetCustomer
//   fallback. Customer events carry no aggregate version, so `sms_as_of` (the event's timestamp, or the time of a
//   GetCustomer answer) decides which number is newer when events overtake each other.
// - notifications: the sent log. unique (order_id, kind) is what makes "one notification per order and kind" hold
//   under redelivery, concurrent consumers and repeated RPCs. It never holds the phone number or the text.
export const m0001CreateTables = sqlMigration('0001_create_tables', [
  `create table customers_cache (
       id uuid primary key,
       name text not null default '',
       sms_number text not null default '',
       sms_as_of timestamptz not null,
       updated_at timestamptz not null default now()
     )`,
  `create table notifications (
       id uuid primary key,
       kind text not null check (kind in ('order_created', 'order_canceled', 'order_ready', 'order_approved')),
       order_id uuid not null,
       customer_id uuid not null,
       channel text not null,
       sent_at timestamptz not null default now(),
       unique (order_id, kind)
     )`,
  `create index notifications_sent_idx on notifications (sent_at desc, id desc)`,
  `create index notifications_customer_idx on notifications (customer_id, sent_at desc, id desc)`,
  ...INBOX_OUTBOX_TABLES,
]);
