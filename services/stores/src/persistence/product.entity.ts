import { defineEntity, p } from '@mikro-orm/core';

/** Row of the `products` projection (the "catalogue"): the current state of each product not removed. */
export const ProductRecord = defineEntity({
  name: 'ProductRecord',
  tableName: 'products',
  properties: {
    id: p.string().primary(),
    storeId: p.string().fieldName('store_id'),
    name: p.string(),
    description: p.string(),
    sku: p.string(),
    price: p.decimal('number').precision(12).scale(2),
    /** Version of the Product aggregate this row reflects. */
    version: p.integer(),
  },
});
