export { activeDialect, dialectOfUrl, redactUrl, type Dialect } from './dialect';
export type { Db, DbColumn, DbHandle, DbTable, OpenOptions, TransactionOptions } from './handle';
export { connectDatabase, type DatabaseLocation } from './connect';
export { openDatabase, migrationsFolder, type SqliteHandle } from './sqlite-handle';
export {
  openPostgres,
  postgresMigrationsFolder,
  DatabaseUnavailableError,
  type PostgresHandle,
} from './postgres/handle';
export { readMigrationJournal, type MigrationStatus } from './migration-status';
export * as schema from './schema/index';
export { executeSql, selectRows, selectTuples } from './raw';
export { prepareRead, prepareWrite } from './prepared';
export { likeIgnoringCase, notIndexed, rowsOfStrings } from './dialect-sql';
export { newId, entityOfId, ID_PREFIXES, type EntityName } from './ids';
export { hashPassword, verifyPassword } from './password';
export { matchesCandidateSearch, searchWords, toFtsTerms } from './candidate-search';
