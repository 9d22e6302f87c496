import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, so relative paths do not depend on the directory pnpm runs us in. */
export const repositoryRoot = resolve(fileURLToPath(import.meta.url), '../../../..');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** The SQLite file; created and migrated on start. */
  DATABASE_PATH: z.string().min(1).default('data/brobygger.db'),
  /** Fill an empty database with the demo network on start ("false" to leave it empty). */
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  /** Key of the keyed hash that makes researchers' pseudonyms; set your own in production. */
  PSEUDONYM_SECRET: z.string().min(16).default('brobygger-development-pseudonym-key'),
  /** Mark the session cookie Secure (serve over HTTPS). Defaults to true in production. */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  /** Largest request body accepted, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** One JSON line per request on stdout; on by default except under NODE_ENV=test. */
  LOG_REQUESTS: z.enum(['true', 'false']).optional(),
  /** Graphs with more nodes than this get sampled (estimated) betweenness; see modules/graph/README.md. */
  GRAPH_EXACT_BETWEENNESS_MAX_NODES: z.coerce.number().int().positive().default(6000),
  /** Source nodes swept when betweenness is sampled: more is slower and closer to exact. */
  GRAPH_BETWEENNESS_SAMPLES: z.coerce.number().int().min(2).default(1000),
});

export type Env = z.infer<typeof envSchema> & { databaseFile: string; cookieSecure: boolean; logRequests: boolean };

/** Reads and validates the environment once; a bad value stops the start with a clear message. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    ...env,
    databaseFile:
      env.DATABASE_PATH === ':memory:' ? env.DATABASE_PATH : resolve(repositoryRoot, env.DATABASE_PATH),
    cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : env.NODE_ENV === 'production',
    logRequests: env.LOG_REQUESTS ? env.LOG_REQUESTS === 'true' : env.NODE_ENV !== 'test',
  };
}
