import { defineEntity, p } from '@mikro-orm/core';

/** Row of `search.customers_cache`: the customer's name only (search never stores a phone number). */
export const CustomerCacheRecord = defineEntity({
  name: 'CustomerCacheRecord',
  tableName: 'customers_cache',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    updatedAt: p.datetime().fieldName('updated_at'),
  },
});

/** Row of `search.stores_cache`; `version` is the Store aggregate version the name comes from. */
export const StoreCacheRecord = defineEntity({
  name: 'StoreCacheRecord',
  tableName: 'stores_cache',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    version: p.integer(),
    updatedAt: p.datetime().fieldName('updated_at'),
  },
});

/** Row of `search.products_cache`; a removed product keeps a tombstone so that older events cannot revive it. */
export const ProductCacheRecord = defineEntity({
  name: 'ProductCacheRecord',
  tableName: 'products_cache',
  properties: {
    id: p.string().primary(),
    storeId: p.string().nullable().fieldName('store_id'),
    name: p.string(),
    removed: p.boolean(),
    version: p.integer(),
    updatedAt: p.datetime().fieldName('updated_at'),
  },
});
