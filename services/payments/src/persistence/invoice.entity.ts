import { defineEntity, p } from '@mikro-orm/core';

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
