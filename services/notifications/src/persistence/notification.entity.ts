import { defineEntity, p } from '@mikro-orm/core';

/** Row of `notifications.notifications`, the sent log (unique per order and kind; no phone number, no text). */
export const NotificationRecord = defineEntity({
  name: 'NotificationRecord',
  tableName: 'notifications',
  properties: {
    id: p.string().primary(),
    kind: p.string(),
    orderId: p.string().fieldName('order_id'),
    customerId: p.string().fieldName('customer_id'),
    channel: p.string(),
    sentAt: p.datetime().fieldName('sent_at'),
  },
});

/** Row of `notifications.customers_cache`: how to reach a customer. */
export const ContactRecord = defineEntity({
  name: 'ContactRecord',
  tableName: 'customers_cache',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    smsNumber: p.string().fieldName('sms_number'),
    smsAsOf: p.datetime().fieldName('sms_as_of'),
    updatedAt: p.datetime().fieldName('updated_at'),
  },
});
