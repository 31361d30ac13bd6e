import { defineEntity, p } from '@mikro-orm/core';
import type { OrderLine } from '../domain/order-view.ts';

/** Row of `search.orders`, the order read model. Written with versioned SQL (order-view.repository.ts). */
export const OrderRecord = defineEntity({
  name: 'OrderRecord',
  tableName: 'orders',
  properties: {
    orderId: p.string().primary().fieldName('order_id'),
    customerId: p.string().fieldName('customer_id'),
    customerName: p.string().fieldName('customer_name'),
    items: p.json<OrderLine[]>(),
    total: p.decimal('number').precision(12).scale(2),
    status: p.string(),
    storeIds: p.array().fieldName('store_ids'),
    productIds: p.array().fieldName('product_ids'),
    createdAt: p.datetime().fieldName('created_at'),
    updatedAt: p.datetime().fieldName('updated_at'),
    version: p.integer(),
  },
});
