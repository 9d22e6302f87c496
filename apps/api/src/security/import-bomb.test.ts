import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createGzip, gzipSync } from 'node:zlib';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { readRegister } from '../modules/import/brreg/read-register';
import { fixturePath } from '../modules/import/fixtures/fixture-files';
import { startTestApi, type TestApi } from '../testing/index';

/**
 * Register files that unpack to far more than they are (POST /import/brreg, as a coordinator).
 * A 48 KB gzip of 50 MB of zeros once took 31 s and 400 MB of the server's memory: the CSV
 * parser held the whole "line" of zeros. Now the format is told from the first 64 KB unpacked
 * (NOT_A_REGISTER_FILE), a record is at most 1 MB, and a gzip unpacks only so far
 * (UNPACKED_TOO_LARGE: IMPORT_MAX_UNPACKED_BYTES, and IMPORT_MAX_UNPACK_RATIO times its size).
 */

const MB = 1024 ** 2;
const HEADER = readFileSync(fixturePath('enheter-2024.csv'), 'utf8').split('\n', 1)[0]!;

/** A gzip of `start`, then `megabytes` MB of the byte `fill`, then `end`, made without holding it unpacked. */
async function gzipOf(start: string, fill: number, megabytes: number, end = ''): Promise<Buffer> {
  const block = Buffer.alloc(MB, fill);
  function* parts() {
    yield Buffer.from(start);
    for (let i = 0; i < megabytes; i += 1) yield block;
    yield Buffer.from(end);
  }
  return buffer(Readable.from(parts()).pipe(createGzip()));
}

let api: TestApi;
let cookie = '';

beforeAll(async () => {
  // A low absolute ceiling, so a bomb meets it soon; the ratio is tested below with the defaults.
  api = await startTestApi({ env: { IMPORT_MAX_UNPACKED_BYTES: String(8 * MB) } });
  const coordinator = await api.as('COORDINATOR');
  cookie = (coordinator as unknown as { cookie: string }).cookie;
});
afterAll(() => api.stop());

async function upload(body: Buffer) {
  const response = await fetch(`${api.url}/import/brreg?dryRun=true`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/gzip' },
    body,
  });
  const lines = (await response.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return lines.at(-1);
}

const organisations = async () => (await api.handle.db.select({ n: count() }).from(schema.organizations))[0]?.n ?? 0;

describe('gzip bombs', () => {
  it('refuses 50 MB of zeros from the first 64 KB unpacked, as not a register file', async () => {
    const bomb = await gzipOf('', 0, 50);
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(await upload(bomb)).toMatchObject({ type: 'error', code: 'BAD_USER_INPUT', reason: 'NOT_A_REGISTER_FILE' });
    expect(await organisations()).toBe(0);
  });

  it('reads only the start of such a file: the rest is never unpacked', async () => {
    const bomb = await gzipOf('', 0, 200);
    let served = 0;
    function* slowly() {
      for (let at = 0; at < bomb.length; at += 4096) {
        served += 4096;
        yield bomb.subarray(at, at + 4096);
      }
    }
    await expect(readRegister(Readable.from(slowly())).next()).rejects.toMatchObject({ problem: { reason: 'NOT_A_REGISTER_FILE' } });
    expect(served).toBeLessThan(bomb.length / 2);
  });

  it('stops a CSV "row" without end after 1 MB, whatever follows the header', async () => {
    const bomb = await gzipOf(`${HEADER}\n"910000004","`, 0x41, 200);
    expect(await upload(bomb)).toMatchObject({ type: 'error', code: 'BAD_USER_INPUT', reason: 'CSV_UNREADABLE', params: { line: 2 } });
  });

  it('stops a JSON entry without end after 1 MB', async () => {
    const bomb = await gzipOf('[{"organisasjonsnummer":"910000004","navn":"', 0x41, 200, '"}]');
    expect(await upload(bomb)).toMatchObject({ type: 'error', code: 'BAD_USER_INPUT', reason: 'REGISTER_JSON_UNREADABLE', params: { entry: 0 } });
  });

  it('stops unpacking at IMPORT_MAX_UNPACKED_BYTES, however harmless the bytes', async () => {
    // A header and then nothing but empty lines, which the CSV reader would skip for ever.
    const bomb = await gzipOf(`${HEADER}\n`, 0x0a, 50);
    expect(await upload(bomb)).toMatchObject({
      type: 'error',
      code: 'BAD_USER_INPUT',
      reason: 'UNPACKED_TOO_LARGE',
      params: { maxBytes: 8 * MB },
    });
  });

  it('stops a file that unpacks to more than 100 times its size, past the first 64 MB (the defaults)', async () => {
    const bomb = await gzipOf(`${HEADER}\n`, 0x0a, 100);
    const reading = (async () => {
      for await (const _ of readRegister(Readable.from([bomb]))) void _;
    })();
    await expect(reading).rejects.toMatchObject({ problem: { reason: 'UNPACKED_TOO_LARGE', params: { maxBytes: 64 * MB } } });
  });

  it('still imports the register’s own gzipped files', async () => {
    for (const name of ['enheter-2024.csv', 'enheter.json']) {
      const last = await upload(gzipSync(readFileSync(fixturePath(name))));
      expect(last).toMatchObject({ type: 'report', report: { dryRun: true, rowsRead: 15 } });
    }
  });
});
