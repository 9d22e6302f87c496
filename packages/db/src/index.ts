export { openDatabase, migrationsFolder, type Db, type DbHandle } from './client';
export * as schema from './schema/index';
