import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DatabaseLocation } from '@brobygger/db';

/** The repository root, so relative paths do not depend on the directory pnpm runs us in. */
export const repositoryRoot = resolve(fileURLToPath(import.meta.url), '../../../..');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** The SQLite file; created and migrated on start. Unused when DATABASE_URL is set. */
  DATABASE_PATH: z.string().min(1).default('data/brobygger.db'),
  /**
   * A PostgreSQL database shared by every API instance (postgres://user:password@host/name),
   * migrated on start; unset, the embedded SQLite file at DATABASE_PATH.
   */
  DATABASE_URL: z
    .string()
    .optional()
    .transform((url) => url || undefined)
    .refine((url) => url === undefined || /^postgres(ql)?:\/\//i.test(url), {
      message: 'must be a postgres:// URL; leave it unset to use the SQLite file at DATABASE_PATH',
    }),
  /** Connections one instance may hold to PostgreSQL at once. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  /**
   * Fill an empty database with the demo network (and its demo accounts with their public
   * password) on start. Defaults to true in development, and to false in production, where only
   * an explicit "true" seeds.
   */
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  /**
   * Key of the keyed hashes that make pseudonyms and candidate card ids. Required in production:
   * anyone holding it can turn a card id back into a person id.
   */
  PSEUDONYM_SECRET: z.string().min(16).optional(),
  /** Mark the session cookie Secure (serve over HTTPS). Defaults to true in production. */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  /** Largest request body accepted, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** One JSON line per request on stdout; on by default except under NODE_ENV=test. */
  LOG_REQUESTS: z.enum(['true', 'false']).optional(),
  /**
   * Tokens one GraphQL document may hold. Parsing and validation run before any cost check and
   * grow with the document: tens of thousands of variables or fragments would stall the server.
   * The web's largest document has a few hundred.
   */
  QUERY_MAX_TOKENS: z.coerce.number().int().positive().default(5_000),
  /** The most one GraphQL operation may cost (lib/query-cost.ts); over it, QUERY_TOO_COSTLY. */
  QUERY_COST_BUDGET: z.coerce.number().int().positive().default(100_000),
  /** Network analytics fields (graph statistics, E-I over time, bridge paths, suggestions) per operation. */
  QUERY_MAX_ANALYTICS: z.coerce.number().int().min(0).default(3),
  /** Graph exports per operation. */
  QUERY_MAX_EXPORTS: z.coerce.number().int().min(0).default(1),
  /**
   * Wrong passwords for one e-mail address from one client address within LOGIN_WINDOW_MINUTES
   * before logins for it back off, from that client address only.
   */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /**
   * Wrong passwords for one e-mail address from all client addresses together within
   * LOGIN_WINDOW_MINUTES before logins for it back off from everywhere: guessing spread over
   * many addresses. Much higher than LOGIN_MAX_FAILURES, so one address cannot lock anyone out.
   */
  LOGIN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).default(50),
  /** How long a run of wrong passwords counts, and the longest back-off, in minutes. */
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Password hashes computed at once; more wait, taking turns by client address, so a flood of logins cannot starve other requests. */
  PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).default(2),
  /** Logins from one client address hashing or waiting to at once; one more is refused at once (RATE_LIMITED, reason LOGIN). */
  PASSWORD_HASH_QUEUE_PER_ADDRESS: z.coerce.number().int().min(1).default(2),
  /** Graphs with more nodes than this get sampled (estimated) betweenness; see modules/graph/README.md. */
  GRAPH_EXACT_BETWEENNESS_MAX_NODES: z.coerce.number().int().positive().default(6000),
  /** Source nodes swept when betweenness is sampled: more is slower and closer to exact. */
  GRAPH_BETWEENNESS_SAMPLES: z.coerce.number().int().min(2).default(1000),
  /**
   * How many proxies in front of the API to trust for the client's address (X-Forwarded-For):
   * 0 uses the socket's address and ignores the header. Rate limits are keyed by this address.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).default(0),
  /** Requests per second one session may send to the API (/graphql, /import, /export), on average… */
  RATE_LIMIT_SESSION_PER_SECOND: z.coerce.number().positive().default(20),
  /** …and at once after a pause (the bucket's size). */
  RATE_LIMIT_SESSION_BURST: z.coerce.number().int().min(1).default(40),
  /** Requests per second from one client address, every route but /healthz and /readyz; generous, as offices share one address. */
  RATE_LIMIT_ADDRESS_PER_SECOND: z.coerce.number().positive().default(100),
  /** …and at once after a pause. */
  RATE_LIMIT_ADDRESS_BURST: z.coerce.number().int().min(1).default(400),
  /** `login` mutations per minute from one client address (also the burst). */
  RATE_LIMIT_LOGINS_PER_MINUTE: z.coerce.number().positive().default(30),
  /**
   * The most a gzipped register file (POST /import/brreg, pnpm import:brreg) may unpack to, in
   * bytes; past it the import stops with UNPACKED_TOO_LARGE. The full register unpacks to 1–2 GB.
   */
  IMPORT_MAX_UNPACKED_BYTES: z.coerce.number().int().positive().default(8 * 1024 ** 3),
  /** …and at most this many times the packed bytes read so far, past the first 64 MB (the register's files unpack about 10 times). */
  IMPORT_MAX_UNPACK_RATIO: z.coerce.number().positive().default(100),
  /** A GraphQL request still running after this many milliseconds is cancelled (REQUEST_TIMEOUT). */
  REQUEST_DEADLINE_MS: z.coerce.number().int().positive().default(10_000),
  /** Worker threads for network analytics; default: one core left for the request thread (1 on 2 cores, at most 4). */
  ANALYTICS_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** Analytics jobs one viewer may have waiting for a worker; more are refused (TOO_MANY_JOBS). */
  ANALYTICS_QUEUE_PER_VIEWER: z.coerce.number().int().min(0).default(2),
  /** Analytics jobs waiting for a worker in all; more are refused (TOO_MANY_JOBS). */
  ANALYTICS_QUEUE_MAX: z.coerce.number().int().min(0).default(16),
  /**
   * How often, in milliseconds, the server checks for changed data to draw the explorer's
   * pictures in use ahead of the next visit (modules/graph/picture-refresh.ts); 0 turns it off.
   * Default: 250 in production, else 0.
   */
  GRAPH_PICTURE_REFRESH_MS: z.coerce.number().int().min(0).optional(),
});

/** The development key, public in this repository: fine for a laptop, refused in production. */
export const DEVELOPMENT_PSEUDONYM_SECRET = 'brobygger-development-pseudonym-key';

export type Env = Omit<z.infer<typeof envSchema>, 'SEED_DEMO' | 'PSEUDONYM_SECRET' | 'ANALYTICS_WORKERS' | 'GRAPH_PICTURE_REFRESH_MS'> & {
  SEED_DEMO: 'true' | 'false';
  ANALYTICS_WORKERS: number;
  GRAPH_PICTURE_REFRESH_MS: number;
  PSEUDONYM_SECRET: string;
  databaseFile: string;
  /** Where the data lives: DATABASE_URL when set, else the SQLite file. */
  database: DatabaseLocation;
  cookieSecure: boolean;
  logRequests: boolean;
};

/** Settings production must not take from the code's defaults: each problem names its variable. */
function productionProblems(env: z.infer<typeof envSchema>): string[] {
  if (env.NODE_ENV !== 'production') return [];
  if (!env.PSEUDONYM_SECRET) {
    return ['  PSEUDONYM_SECRET: must be set in production (a random string of at least 16 characters, e.g. `openssl rand -base64 32`)'];
  }
  if (env.PSEUDONYM_SECRET === DEVELOPMENT_PSEUDONYM_SECRET) {
    return ['  PSEUDONYM_SECRET: the development key is public; set a secret of your own in production'];
  }
  return [];
}

/**
 * One worker per core but one, so the request thread always has a core of its own to answer
 * (health checks, plain reads) while analytics run; at most 4, since each worker holds its own
 * copy of the graph and a fifth parallel job rarely beats waiting for one of four.
 */
export function defaultAnalyticsWorkers(cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores - 1));
}

/** Reads and validates the environment once; a bad value stops the start with a clear message. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const problems = productionProblems(env);
  if (problems.length) throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  const databaseFile =
    env.DATABASE_PATH === ':memory:'
      ? env.DATABASE_PATH
      : resolve(repositoryRoot, env.DATABASE_PATH);
  return {
    ...env,
    SEED_DEMO: env.SEED_DEMO ?? (env.NODE_ENV === 'production' ? 'false' : 'true'),
    PSEUDONYM_SECRET: env.PSEUDONYM_SECRET ?? DEVELOPMENT_PSEUDONYM_SECRET,
    ANALYTICS_WORKERS: env.ANALYTICS_WORKERS ?? defaultAnalyticsWorkers(),
    GRAPH_PICTURE_REFRESH_MS: env.GRAPH_PICTURE_REFRESH_MS ?? (env.NODE_ENV === 'production' ? 250 : 0),
    databaseFile,
    database: { url: env.DATABASE_URL, path: databaseFile },
    cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : env.NODE_ENV === 'production',
    logRequests: env.LOG_REQUESTS ? env.LOG_REQUESTS === 'true' : env.NODE_ENV !== 'test',
  };
}
