import { defineConfig } from 'drizzle-kit';

/** The PostgreSQL migrations, from the twin tables of the one declaration (schema/postgres.ts). */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/postgres.ts',
  out: './migrations/postgres',
});
