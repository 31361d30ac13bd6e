import { p } from '@mikro-orm/core';

/** `created_at` and `updated_at` of a row: set on insert, `updated_at` again on every update through the ORM. */
export const timestampProperties = () => ({
  createdAt: p
    .datetime()
    .fieldName('created_at')
    .onCreate(() => new Date()),
  updatedAt: p
    .datetime()
    .fieldName('updated_at')
    .onCreate(() => new Date())
    .onUpdate(() => new Date()),
});
