import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseLocation } from '../connect';
import { redactUrl } from '../dialect';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** A path the user typed, relative to where they ran pnpm (INIT_CWD), not packages/db. */
export function userPath(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** DATABASE_PATH as the user meant it; `data/brobygger.db` at the repository root by default. */
export function databasePath(): string {
  const configured = process.env.DATABASE_PATH;
  return configured ? userPath(configured) : resolve(REPO_ROOT, 'data/brobygger.db');
}

/** The database the command works on: DATABASE_URL when set, else the SQLite file. */
export function databaseLocation(): DatabaseLocation {
  return { url: process.env.DATABASE_URL || undefined, path: databasePath() };
}

/** How the database is named in messages: the file, or the URL without its password. */
export function describeLocation(location: DatabaseLocation): string {
  return location.url ? redactUrl(location.url) : location.path;
}
