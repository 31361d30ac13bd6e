// The depot schema's migrations, in order. Add new ones at the end; never edit an applied one.
import { m0001CreateTables } from './0001-create-tables.ts';
import { m0002UnitOfWorkChecks } from './0002-unit-of-work-checks.ts';

export const migrations = [m0001CreateTables, m0002UnitOfWorkChecks];
