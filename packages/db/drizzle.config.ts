import { defineConfig } from 'drizzle-kit';

/** `pnpm db:generate --name X` writes the migration for SQLite; `db:generate:postgres` for PostgreSQL. */
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/schema/tables.ts',
  out: './migrations/sqlite',
});
