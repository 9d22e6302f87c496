import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { activeDialect, connectDatabase, executeSql } from '@brobygger/db';
import { createScratchDatabase } from '@brobygger/db/testing';
import { spawnServer, tempDir } from './server-process';

/**
 * The server refuses to start, naming the setting, when its database cannot be used: an
 * unreachable or malformed DATABASE_URL, or a database a newer version has migrated.
 */
const tmp = tempDir('brobygger-start-');
afterAll(() => tmp.cleanup());

describe('starting on a database it cannot use', () => {
  it('names DATABASE_URL when nothing answers at it', async () => {
    await expect(
      spawnServer({
        database: { url: 'postgres://brobygger:secret@127.0.0.1:1/brobygger', path: '' },
        startTimeoutMs: 20_000,
      }),
    ).rejects.toThrow(
      /Cannot reach the database named by DATABASE_URL \(postgres:\/\/brobygger:\*\*\*@127\.0\.0\.1:1\/brobygger\)/,
    );
  });

  it('names DATABASE_URL, within seconds, when the host takes the connection and never answers', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((listening) => silent.listen(0, '127.0.0.1', listening));
    try {
      const { port } = silent.address() as AddressInfo;
      await expect(
        spawnServer({ database: { url: `postgres://brobygger@127.0.0.1:${port}/brobygger?password=hidden-secret`, path: '' }, startTimeoutMs: 40_000 }),
      ).rejects.toThrow(/Cannot reach the database named by DATABASE_URL \(postgres:\/\/brobygger@127\.0\.0\.1:\d+\/brobygger\?password=\*\*\*\)/);
    } finally {
      silent.close();
    }
  }, 60_000);

  it('names DATABASE_URL when it is no PostgreSQL URL', async () => {
    await expect(
      spawnServer({
        database: { url: 'mysql://127.0.0.1/brobygger', path: '' },
        startTimeoutMs: 20_000,
      }),
    ).rejects.toThrow(/DATABASE_URL: must be a postgres:\/\/ URL/);
  });

  it('refuses a database migrated by a newer version', async () => {
    const scratch =
      activeDialect === 'postgres'
        ? await createScratchDatabase()
        : { location: { path: join(tmp.dir, 'newer.db') }, drop: () => Promise.resolve() };
    try {
      const handle = await connectDatabase(scratch.location);
      const table = sql.raw(
        handle.dialect === 'postgres' ? 'drizzle.__drizzle_migrations' : '__drizzle_migrations',
      );
      // A migration from the future: what a newer build would have recorded.
      await handle.transaction(
        (tx) =>
          executeSql(
            tx,
            sql`INSERT INTO ${table} (hash, created_at) VALUES ('from-a-newer-version', 4102444800000)`,
          ),
        {
          changesData: false,
        },
      );
      await handle.close();
      const refused = spawnServer({ database: scratch.location, startTimeoutMs: 20_000 });
      await expect(refused).rejects.toThrow(
        /1 migration\(s\) this version of Brobygger does not know: a newer version migrated it/,
      );
      await expect(refused).rejects.toThrow(
        activeDialect === 'postgres' ? /DATABASE_URL/ : /newer\.db/,
      );
    } finally {
      await scratch.drop();
    }
  });
});
