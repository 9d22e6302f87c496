import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

/** The full register, gzipped JSON, is a few hundred MB; its CSV about 1.5 GB. */
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

export class UploadTooLargeError extends Error {}

export interface SpooledFile {
  path: string;
  bytes: number;
  remove(): Promise<void>;
}

/**
 * Writes an upload to a temporary file before the import opens its transaction, so a slow
 * connection never holds the database's write lock: the import then reads at disk speed.
 */
export async function spoolUpload(body: Readable, onBytes: (bytes: number) => void): Promise<SpooledFile> {
  const dir = await mkdtemp(join(tmpdir(), 'brobygger-upload-'));
  const path = join(dir, 'upload');
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > MAX_UPLOAD_BYTES) return done(new UploadTooLargeError(`The file is larger than ${MAX_UPLOAD_BYTES} bytes.`));
      onBytes(bytes);
      done(null, chunk);
    },
  });
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await pipeline(body, counter, createWriteStream(path));
  } catch (error) {
    await remove();
    throw error;
  }
  return { path, bytes, remove };
}
