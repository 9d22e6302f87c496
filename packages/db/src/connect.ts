import { activeDialect, dialectOfUrl } from './dialect';
import type { DbHandle } from './handle';
import { openPostgres, type PostgresOptions } from './postgres/handle';
import { openDatabase } from './sqlite-handle';

/** Where the data lives: a PostgreSQL URL, or else the embedded SQLite file. */
export interface DatabaseLocation {
  /** `DATABASE_URL`: a postgres:// URL, or empty for the SQLite file. */
  url?: string | undefined;
  /** `DATABASE_PATH`: the SQLite file (or `:memory:`). */
  path: string;
}

/**
 * Opens the database the settings name, migrated. The URL's dialect must be the one this
 * process started with (dialect.ts): the tables the services import are fixed at start.
 */
export async function connectDatabase(
  location: DatabaseLocation,
  options: PostgresOptions = {},
): Promise<DbHandle> {
  const dialect = dialectOfUrl(location.url);
  if (dialect !== activeDialect) {
    throw new Error(
      `This process started on ${activeDialect} (DATABASE_URL ${activeDialect === 'sqlite' ? 'unset' : 'set'}) and cannot open a ${dialect} database; set DATABASE_URL before the process starts.`,
    );
  }
  return dialect === 'postgres'
    ? openPostgres(location.url!, options)
    : openDatabase(location.path, options);
}
