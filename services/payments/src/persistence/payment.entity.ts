import { defineEntity, p } from '@mikro-orm/core';
import { timestampProperties } from '@mallbots/db';

/** Row of `payments.payments`. */
export const PaymentRecord = defineEntity({
  name: 'PaymentRecord',
  tableName: 'payments',
  properties: {
    id: p.string().primary(),
    customerId: p.string().fieldName('customer_id'),
    amount: p.decimal('number').precision(12).scale(2),
    orderId: p.string().fieldName('order_id').nullable(),
    confirmedAt: p.datetime().fieldName('confirmed_at').nullable(),
    canceledAt: p.datetime().fieldName('canceled_at').nullable(),
    ...timestampProperties(),
  },
});
