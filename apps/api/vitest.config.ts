import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql ships CommonJS and ESM builds; the server's libraries load the CommonJS one, so
    // tests that build or walk the schema themselves must share it ("another module or realm").
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    // Each test file starts a real server over its own SQLite file; scrypt logins are slow by design.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: { NODE_ENV: 'test' },
    projects: [
      { extends: true, test: { name: 'api', include: ['src/**/*.test.ts'], exclude: ['src/**/*.alone.test.ts'] } },
      // Tests that time the server (e.g. /healthz under the heaviest query) run after all others,
      // one file at a time: on two cores a parallel test file would be measured with them.
      { extends: true, test: { name: 'alone', include: ['src/**/*.alone.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
