/**
 * Which database this process runs on: the embedded SQLite file by default, PostgreSQL when
 * `DATABASE_URL` names one. It is fixed when the process starts: one process serves one
 * database, and the tables the services import (schema/index.ts) are that dialect's.
 */
export type Dialect = 'sqlite' | 'postgres';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** The dialect a `DATABASE_URL` value asks for; refuses a value that is no PostgreSQL URL. */
export function dialectOfUrl(url: string | undefined): Dialect {
  if (url === undefined || url === '') return 'sqlite';
  if (POSTGRES_URL.test(url)) return 'postgres';
  throw new Error(
    'DATABASE_URL must be a postgres:// URL; leave it unset to use the embedded SQLite file (DATABASE_PATH).',
  );
}

// Not validated here, at import: the server's settings check (apps/api env.ts) names a bad value.
export const activeDialect: Dialect = POSTGRES_URL.test(process.env.DATABASE_URL ?? '') ? 'postgres' : 'sqlite';

/** The URL without its password, for logs and error messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    // libpq also takes the password as a parameter (?password=…).
    for (const key of [...parsed.searchParams.keys()]) {
      if (key.toLowerCase() === 'password') parsed.searchParams.set(key, '***');
    }
    return parsed.toString();
  } catch {
    return 'DATABASE_URL (not a valid URL)';
  }
}
