import { defineEntity, p } from '@mikro-orm/core';

/** Row of the `stores` projection (the "mall"): the current state of each Store aggregate. */
export const StoreRecord = defineEntity({
  name: 'StoreRecord',
  tableName: 'stores',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    location: p.string(),
    participating: p.boolean(),
    /** Version of the Store aggregate this row reflects. */
    version: p.integer(),
  },
});
