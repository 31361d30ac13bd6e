import { sqlMigration } from '@mallbots/db';

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

/**
 * `uow_check(affected, expected, write_index)`: raises SQLSTATE `MBW01` (detail: the write's index) unless a queued write
 * (`UnitOfWork.write` with a check) affected the expected number of rows. The closing statement of a unit of work
 * calls it, so a failed check aborts the statement before the `commit` that travels with it. Created by each
 * service's second migration (`unitOfWorkChecksMigration`).
 */
export const UNIT_OF_WORK_FUNCTIONS = [
  `create or replace function uow_check(affected bigint, expected integer, write_index integer) returns integer
   language plpgsql as $$
   begin
     if affected is distinct from expected then
       raise exception 'queued write % affected % rows, expected %', write_index, affected, expected
         using errcode = 'MBW01', detail = write_index::text;
     end if;
     return write_index;
   end $$`,
];

/** The SQLSTATE `uow_check` raises. */
export const CHECK_FAILED = 'MBW01';

/** Tables and functions of a unit of work, for a schema created in one go (tests, benchmarks). */
export const UNIT_OF_WORK_SCHEMA = [...INBOX_OUTBOX_TABLES, ...UNIT_OF_WORK_FUNCTIONS];

/** The migration that adds `UNIT_OF_WORK_FUNCTIONS` to a service's schema (every service's second one). */
export const unitOfWorkChecksMigration = sqlMigration('0002_unit_of_work_checks', UNIT_OF_WORK_FUNCTIONS);
