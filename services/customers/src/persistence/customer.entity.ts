import { defineEntity, p } from '@mikro-orm/core';

/** Row of `customers.customers`. */
export const CustomerRecord = defineEntity({
  name: 'CustomerRecord',
  tableName: 'customers',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    smsNumber: p.string().fieldName('sms_number'),
    enabled: p.boolean(),
    createdAt: p
      .datetime()
      .fieldName('created_at')
      .onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .fieldName('updated_at')
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
