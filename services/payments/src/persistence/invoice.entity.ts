import { defineEntity, p } from '@mikro-orm/core';
import { timestampProperties } from '@mallbots/db';

/** Row of `payments.invoices`. */
export const InvoiceRecord = defineEntity({
  name: 'InvoiceRecord',
  tableName: 'invoices',
  properties: {
    id: p.string().primary(),
    orderId: p.string().fieldName('order_id'),
    paymentId: p.string().fieldName('payment_id'),
    amount: p.decimal('number').precision(12).scale(2),
    status: p.string(),
    ...timestampProperties(),
  },
});
