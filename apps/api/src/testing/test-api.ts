import {
  connectDatabase,
  hashPassword,
  newId,
  schema,
  type DatabaseLocation,
  type DbHandle,
} from '@brobygger/db';
import { createScratchDatabase } from '@brobygger/db/testing';
import type { Role } from '@brobygger/domain';
import { loadEnv } from '../env';
import { startApp, type RunningApp } from '../server';
import { GraphQLTestClient } from './graphql-client';

export const TEST_PASSWORD = 'test-password-1';

/** Rate limits no test meets unless it means to: every test's requests come from one address. */
export const RAISED_LIMITS: Readonly<Record<string, string>> = {
  RATE_LIMIT_SESSION_PER_SECOND: '100000',
  RATE_LIMIT_SESSION_BURST: '100000',
  RATE_LIMIT_ADDRESS_PER_SECOND: '100000',
  RATE_LIMIT_ADDRESS_BURST: '100000',
  RATE_LIMIT_LOGINS_PER_MINUTE: '100000',
  // Many logins at once from one test address are the point of some tests, not an attack.
  PASSWORD_HASH_QUEUE_PER_ADDRESS: '1000',
};

let hashOnce: Promise<string> | undefined;
/** scrypt is slow on purpose; tests hash their one password once per process. */
const testPasswordHash = () => (hashOnce ??= hashPassword(TEST_PASSWORD));

export interface TestApi {
  url: string;
  handle: DbHandle;
  app: RunningApp;
  /** A client with no session. */
  anonymous(): GraphQLTestClient;
  /** A client logged in as a fresh account of the role, linked as given. */
  as(role: Role, link?: { personId?: string; organizationId?: string }): Promise<GraphQLTestClient>;
  /** Where its data lives, for a second instance on the same database (`sharing`). */
  database: DatabaseLocation;
  stop(): Promise<void>;
}

/**
 * A real server on a port of its own over a database of its own, migrated and empty (no demo
 * data unless asked), as the API tests need it: a temporary SQLite file, or a new database on
 * the PostgreSQL server `DATABASE_URL` names (scripts/with-postgres.sh).
 */
export async function startTestApi(
  options: { now?: () => Date; env?: Record<string, string>; sharing?: TestApi } = {},
): Promise<TestApi> {
  // A second instance on the database of the first, as behind a load balancer: the first drops it.
  const scratch = options.sharing
    ? { location: options.sharing.database, drop: () => Promise.resolve() }
    : await createScratchDatabase();
  // Quiet even when a test switches to production settings; a test wanting the log asks for it.
  // Every test client comes from 127.0.0.1 and logs in often: the rate limits are raised on
  // purpose here, and the tests of the limits (security/rate-limits.test.ts) set their own.
  const env = loadEnv({
    NODE_ENV: 'test',
    ...(scratch.location.url
      ? { DATABASE_URL: scratch.location.url }
      : { DATABASE_PATH: scratch.location.path }),
    LOG_REQUESTS: 'false',
    ...RAISED_LIMITS,
    ...options.env,
  });
  const handle = await connectDatabase(env.database, { poolSize: 4 });
  const app = await startApp({ handle, env, now: options.now }, 0);
  return {
    url: app.url,
    handle,
    app,
    database: scratch.location,
    anonymous: () => new GraphQLTestClient(app.url),
    async as(role, link = {}) {
      const email = `${role.toLowerCase()}-${newId('user')}@test.example`;
      await handle.transaction(async (tx) => {
        await tx.insert(schema.users).values({
          id: newId('user'),
          email,
          passwordHash: await testPasswordHash(),
          role,
          personId: link.personId ?? null,
          organizationId: link.organizationId ?? null,
        });
      });
      const client = new GraphQLTestClient(app.url);
      await client.login(email, TEST_PASSWORD);
      return client;
    },
    async stop() {
      await app.stop();
      await handle.close();
      await scratch.drop();
    },
  };
}
