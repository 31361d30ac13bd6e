export * from './database.ts';
export * from './orm.ts';
