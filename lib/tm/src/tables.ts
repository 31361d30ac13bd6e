/**
 * The inbox and outbox tables, created by each service's first migration in its own schema.
 *
 * - inbox: one row per consumed message id. It holds no payload (payloads may carry personal data, and the
 *   row only has to prove "already handled"). Rows older than the retention are purged by the sweeper.
 * - outbox: messages written in the same transaction as the state change they announce. `id` is a bigserial:
 *   it orders the messages as they were written, which is the order they are published in.
 */
export const INBOX_OUTBOX_TABLES = [
  `create table inbox (
     message_id text primary key,
     name text not null,
     received_at timestamptz not null default now()
   )`,
  `create index inbox_received_at_idx on inbox (received_at)`,
  `create table outbox (
     id bigserial primary key,
     message_id uuid not null unique,
     exchange text not null check (exchange in ('events', 'commands', 'replies')),
     routing_key text not null,
     name text not null,
     payload bytea not null,
     headers jsonb not null default '{}'::jsonb,
     correlation_id text,
     aggregate_id text,
     created_at timestamptz not null default now()
   )`,
  `create index outbox_created_at_idx on outbox (created_at)`,
];
