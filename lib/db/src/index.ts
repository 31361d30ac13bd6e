export * from './database.ts';
export * from './orm.ts';
export * from './entity.ts';
