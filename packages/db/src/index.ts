export {
  openDatabase,
  migrationsFolder,
  type Db,
  type DbHandle,
  type OpenOptions,
  type TransactionOptions,
} from './client';
export { migrationStatus, readMigrationJournal, type MigrationStatus } from './migration-status';
export * as schema from './schema/index';
export { newId, entityOfId, ID_PREFIXES, type EntityName } from './ids';
export { hashPassword, verifyPassword } from './password';
export { matchesCandidateSearch, toFtsTerms } from './candidate-search';
