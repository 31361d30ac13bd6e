import { sqlMigration } from '@mallbots/db';
import { UNIT_OF_WORK_FUNCTIONS } from '@mallbots/tm';

/** `uow_check`, which the closing statement of a unit of work calls for its checked writes (lib/tm). */
export const m0002UnitOfWorkChecks = sqlMigration('0002_unit_of_work_checks', UNIT_OF_WORK_FUNCTIONS);
