import { randomBytes } from 'node:crypto';
import type { DatabaseLocation } from '@brobygger/db';

/** A fresh key per run: production refuses to start on the public development key. */
const pseudonymSecret = randomBytes(24).toString('base64');

/**
 * The guards against abuse, raised on purpose: the bench's clients all come from 127.0.0.1, a
 * load run sends hundreds of requests a second per session, and the largest synthetic graphs
 * take longer than a person's request may (README, "Limits"). The bench measures the work, not
 * the guards.
 */
export const BENCH_LIMITS: Readonly<Record<string, string>> = {
  RATE_LIMIT_SESSION_PER_SECOND: '1000000',
  RATE_LIMIT_SESSION_BURST: '1000000',
  RATE_LIMIT_ADDRESS_PER_SECOND: '1000000',
  RATE_LIMIT_ADDRESS_BURST: '1000000',
  RATE_LIMIT_LOGINS_PER_MINUTE: '1000000',
  PASSWORD_HASH_QUEUE_PER_ADDRESS: '100000',
  REQUEST_DEADLINE_MS: '600000',
  ANALYTICS_QUEUE_PER_VIEWER: '1000',
  ANALYTICS_QUEUE_MAX: '10000',
};

/**
 * The environment the bench serves with: the fixture's database (DATABASE_URL on PostgreSQL,
 * else DATABASE_PATH), production settings, no request log, no demo seed, the limits raised.
 */
export function productionSettings(database: DatabaseLocation): Record<string, string> {
  return {
    NODE_ENV: 'production',
    ...(database.url ? { DATABASE_URL: database.url } : { DATABASE_PATH: database.path }),
    SEED_DEMO: 'false',
    LOG_REQUESTS: 'false',
    PSEUDONYM_SECRET: pseudonymSecret,
    ...BENCH_LIMITS,
  };
}
