import { defineEntity, p } from '@mikro-orm/core';

/** Row of `payments.payments`. */
export const PaymentRecord = defineEntity({
  name: 'PaymentRecord',
  tableName: 'payments',
  properties: {
    id: p.string().primary(),
    customerId: p.string().fieldName('customer_id'),
    amount: p.decimal('number').precision(12).scale(2),
    confirmedAt: p.datetime().fieldName('confirmed_at').nullable(),
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
