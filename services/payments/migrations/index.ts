// The payments schema's migrations, in order. Add new ones at the end; never edit an applied one.
import { m0001CreateTables } from './0001-create-tables.ts';
import { m0003PaymentOrderAndCancel } from './0003-payment-order-and-cancel.ts';
import { unitOfWorkChecksMigration } from '@mallbots/tm';

export const migrations = [m0001CreateTables, unitOfWorkChecksMigration, m0003PaymentOrderAndCancel];
