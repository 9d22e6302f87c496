// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const WHY_WEB =
  'The web app talks to the API over GraphQL only; it must not reach into the database or the server.';
const WHY_DIALECT =
  'The API runs on SQLite and on PostgreSQL: dialect code lives in packages/db, behind its kit (Db, DbTable, selectRows, prepareRead, likeIgnoringCase…).';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'apps/web/src/gql/**',
      'apps/api/src/generated/**',
      'packages/db/migrations/**',
      '**/playwright-report/**',
      '**/test-results/**',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests read GraphQL responses as untyped JSON; asserting on them is the point.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', 'apps/api/src/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@brobygger/db', '@brobygger/db/*'], message: WHY_WEB },
            { group: ['@brobygger/api', '@brobygger/api/*'], message: WHY_WEB },
            { group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'], message: WHY_WEB },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'better-sqlite3',
                'pg',
                'drizzle-orm/sqlite-core',
                'drizzle-orm/better-sqlite3',
                'drizzle-orm/pg-core',
                'drizzle-orm/node-postgres',
                '@brobygger/db/sqlite',
              ],
              message: WHY_DIALECT,
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          // db.all(sql), tx.run(sql): SQLite's executors of raw SQL.
          selector:
            'CallExpression[callee.property.name=/^(all|get|run|values)$/][callee.object.name=/^(db|tx)$/]',
          message: `SQLite-only executor. ${WHY_DIALECT}`,
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(all|get|run|values)$/][callee.object.property.name='db']",
          message: `SQLite-only executor. ${WHY_DIALECT}`,
        },
        {
          // select(…).from(…).all(): a query builder run with SQLite's executors instead of awaited.
          selector:
            "CallExpression[callee.property.name=/^(all|get|run|values)$/][callee.object.type='CallExpression'][callee.object.callee.property.name=/^(where|from|orderBy|limit|offset|groupBy|returning|values|prepare)$/]",
          message: `SQLite-only executor: await the query instead. ${WHY_DIALECT}`,
        },
      ],
    },
  },
  {
    // Tests and the bench may read SQLite or PostgreSQL directly (a baseline, a file's bytes),
    // but build queries only through the kit, as the API does.
    files: ['apps/api/**/*.test.ts', 'bench/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'drizzle-orm/sqlite-core',
                'drizzle-orm/better-sqlite3',
                'drizzle-orm/pg-core',
                'drizzle-orm/node-postgres',
              ],
              message: WHY_DIALECT,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@brobygger/*', 'node:*', 'react', 'drizzle-orm'],
              message:
                'The domain package is pure rules: no IO, no React, no other internal package.',
            },
          ],
        },
      ],
    },
  },
);
