import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@brobygger/db/seed';
import { DEVELOPMENT_PSEUDONYM_SECRET, loadEnv } from '../env';
import { spawnServer, tempDir } from '../reliability/server-process';
import { GraphQLTestClient } from '../testing/index';

const API_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const SECRET = 'an-operator-chosen-secret-for-tests';
const tmp = tempDir('brobygger-production-');
afterAll(() => tmp.cleanup());

/** `pnpm admin:create EMAIL`, with the password on standard input as an operator's pipe gives it. */
function createAdmin(email: string, password: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string }>((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/modules/account/cli/create-admin.ts', email], {
      cwd: API_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => done({ code, out }));
    child.stdin.end(`${password}\n`);
  });
}

describe('production settings', () => {
  it('refuses to start without PSEUDONYM_SECRET, or on the public development key, naming the setting', async () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/PSEUDONYM_SECRET/);
    expect(() => loadEnv({ NODE_ENV: 'production', PSEUDONYM_SECRET: DEVELOPMENT_PSEUDONYM_SECRET })).toThrow(/PSEUDONYM_SECRET/);
    await expect(
      spawnServer({
        database: { path: join(tmp.dir, 'nosecret.db') },
        env: { NODE_ENV: 'production' },
        startTimeoutMs: 20_000,
      }),
    ).rejects.toThrow(/PSEUDONYM_SECRET: must be set in production/);
  });

  it('seeds demo data only when SEED_DEMO=true is set in production, and in development by default', () => {
    expect(loadEnv({ NODE_ENV: 'production', PSEUDONYM_SECRET: SECRET }).SEED_DEMO).toBe('false');
    expect(loadEnv({ NODE_ENV: 'production', PSEUDONYM_SECRET: SECRET, SEED_DEMO: 'true' }).SEED_DEMO).toBe('true');
    expect(loadEnv({ NODE_ENV: 'development' }).SEED_DEMO).toBe('true');
  });

  it('starts empty, with no demo admin, and takes its first admin from pnpm admin:create', async () => {
    const databasePath = join(tmp.dir, 'production.db');
    const env = {
      NODE_ENV: 'production',
      PSEUDONYM_SECRET: SECRET,
      DATABASE_PATH: databasePath,
      COOKIE_SECURE: 'false',
    };
    const server = await spawnServer({ database: { path: databasePath }, env });
    try {
      const client = new GraphQLTestClient(server.url);
      const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { user { role } } }`;
      const demo = await client.request(LOGIN, { email: 'admin@example.org', password: DEMO_PASSWORD });
      expect(demo.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      const tooShort = await createAdmin('ops@example.no', 'short', env);
      expect(tooShort).toMatchObject({ code: 1, out: expect.stringMatching(/password/) });

      const created = await createAdmin('ops@example.no', 'a-long-operator-passphrase', env);
      expect(created).toMatchObject({ code: 0, out: expect.stringContaining('Created admin ops@example.no') });
      const again = await createAdmin('ops@example.no', 'a-long-operator-passphrase', env);
      expect(again).toMatchObject({ code: 1, out: expect.stringContaining('already exists') });

      const login = await client.data<{ login: { user: { role: string } } }>(LOGIN, {
        email: 'ops@example.no',
        password: 'a-long-operator-passphrase',
      });
      expect(login.login.user.role).toBe('ADMIN');
    } finally {
      await server.kill();
    }
  });
});
