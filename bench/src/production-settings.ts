import { randomBytes } from 'node:crypto';

/** A fresh key per run: production refuses to start on the public development key. */
const pseudonymSecret = randomBytes(24).toString('base64');

/** The environment the bench serves with: production settings, no request log, no demo seed. */
export function productionSettings(databasePath: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_PATH: databasePath,
    SEED_DEMO: 'false',
    LOG_REQUESTS: 'false',
    PSEUDONYM_SECRET: pseudonymSecret,
  };
}
