import { sqlMigration } from '@mallbots/db';
import { EVENT_STORE_TABLES } from '@mallbots/es';
import { INBOX_OUTBOX_TABLES } from '@mallbots/tm';

// Orders are event sourced: the event store is the only state. Reads load the aggregate (a handful of events).
export const m0001CreateTables = sqlMigration('0001_create_tables', [...EVENT_STORE_TABLES, ...INBOX_OUTBOX_TABLES]);
