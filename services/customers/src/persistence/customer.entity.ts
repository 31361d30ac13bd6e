import { defineEntity, p } from '@mikro-orm/core';
import { timestampProperties } from '@mallbots/db';

/** Row of `customers.customers`. */
export const CustomerRecord = defineEntity({
  name: 'CustomerRecord',
  tableName: 'customers',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    smsNumber: p.string().fieldName('sms_number'),
    enabled: p.boolean(),
    ...timestampProperties(),
  },
});
