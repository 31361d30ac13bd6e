import { sqlMigration } from '@mallbots/db';
import { INBOX_OUTBOX_TABLES } from '@mallbots/tm';

/**
 * sagas: one row per saga instance (lib/sec's SagaInstance). `version` is the optimistic concurrency version;
 * `deadline` is set while a command is outstanding, and the partial index serves the deadline scanner.
 * saga_steps: one row per command sent (the step history), updated with its outcome.
 */
export const m0001CreateTables = sqlMigration('0001_create_tables', [
  `create table sagas (
       id uuid primary key,
       name text not null,
       definition_version integer not null,
       data jsonb not null,
       step integer not null,
       status text not null check (status in ('running', 'compensating', 'completed', 'compensated', 'failed')),
       attempt integer not null,
       seq integer not null,
       version integer not null,
       deadline timestamptz,
       created_at timestamptz not null,
       updated_at timestamptz not null
     )`,
  `create index sagas_deadline_idx on sagas (deadline) where status in ('running', 'compensating')`,
  `create index sagas_updated_idx on sagas (updated_at, id)`,
  `create index sagas_status_updated_idx on sagas (status, updated_at, id)`,
  `create table saga_steps (
       saga_id uuid not null references sagas (id),
       seq integer not null,
       step integer not null,
       direction text not null check (direction in ('action', 'compensation')),
       command text not null,
       reply text,
       outcome text not null check (outcome in ('pending', 'success', 'failure', 'timed_out')),
       detail text,
       at timestamptz not null,
       primary key (saga_id, seq)
     )`,
  ...INBOX_OUTBOX_TABLES,
]);
