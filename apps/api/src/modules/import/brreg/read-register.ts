import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import streamArray from 'stream-json/streamers/stream-array.js';
import { ImportInputError } from '../import-error';
import { peek } from '../peek-stream';
import { recordFromCsvRow, recordFromJson, type SourceRow } from './register-record';

function forwardErrors(from: Readable, to: NodeJS.ReadWriteStream & Readable): Readable {
  from.on('error', (error) => to.destroy(error));
  return from.pipe(to);
}

/**
 * How far a gzipped file may unpack: at most `maxBytes`, and at most `maxRatio` times the
 * compressed bytes read so far (past the first 64 MB, so small files are never held to a
 * ratio). The register's own files unpack about 10 times; a gzip bomb of zeros, 1000 times.
 */
export interface UnpackLimits {
  maxBytes: number;
  maxRatio: number;
}

/** IMPORT_MAX_UNPACKED_BYTES and IMPORT_MAX_UNPACK_RATIO's defaults (env.ts). */
export const DEFAULT_UNPACK_LIMITS: UnpackLimits = { maxBytes: 8 * 1024 ** 3, maxRatio: 100 };
/** Unpacked bytes allowed before the ratio applies. */
const RATIO_FREE_BYTES = 64 * 1024 ** 2;
/** What the format is told from: the first 64 KB after unpacking, which must hold the start of a JSON array or the CSV's header line. */
const SNIFF_BYTES = 64 * 1024;
/**
 * The longest record (a CSV row, a JSON entry) read, in characters or bytes; the register's are
 * about 1–2 KB. A parser holds one record at a time, so this bounds its memory whatever the file.
 */
const MAX_RECORD_BYTES = 1024 ** 2;

/** Counts the bytes that pass. */
class ByteCounter extends Transform {
  bytes = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

/** Stops an unpacking stream past its limits (UnpackLimits) with UNPACKED_TOO_LARGE. */
class UnpackCeiling extends Transform {
  private unpacked = 0;
  constructor(
    private readonly compressed: ByteCounter,
    private readonly limits: UnpackLimits,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.unpacked += chunk.length;
    const ceiling = Math.min(this.limits.maxBytes, Math.max(RATIO_FREE_BYTES, this.limits.maxRatio * this.compressed.bytes));
    if (this.unpacked > ceiling) {
      const maxBytes = Math.floor(ceiling);
      const why =
        ceiling === this.limits.maxBytes
          ? 'the most any file may unpack to'
          : `for ${this.compressed.bytes} packed bytes: past the first ${RATIO_FREE_BYTES} bytes, a file may unpack to ${this.limits.maxRatio} times its packed size`;
      done(
        new ImportInputError(`Unpacked, the file is larger than ${maxBytes} bytes, ${why}. It is damaged, or not a register file.`, {
          reason: 'UNPACKED_TOO_LARGE',
          params: { maxBytes },
        }),
      );
      return;
    }
    done(null, chunk);
  }
}

/**
 * Counts the bytes fed to the JSON parser since the last entry came out, and stops the file when
 * one entry would be longer than MAX_RECORD_BYTES: stream-json assembles each entry whole.
 */
class EntryGuard extends Transform {
  private sinceEntry = 0;
  entry = 0;
  /** An entry came out. */
  mark(entry: number): void {
    this.entry = entry;
    this.sinceEntry = 0;
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.sinceEntry += chunk.length;
    if (this.sinceEntry > MAX_RECORD_BYTES) {
      done(
        new ImportInputError(`The JSON cannot be read after entry ${this.entry}: an entry longer than ${MAX_RECORD_BYTES} bytes.`, {
          reason: 'REGISTER_JSON_UNREADABLE',
          params: { entry: this.entry },
        }),
      );
      return;
    }
    done(null, chunk);
  }
}

/** A quoted value can span lines; csv-parse reports the line a record ends on, we want where it starts. */
function newlinesIn(record: Record<string, string | undefined>): number {
  let count = 0;
  for (const value of Object.values(record)) {
    if (!value) continue;
    for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) count++;
  }
  return count;
}

async function* readCsv(input: Readable): AsyncGenerator<SourceRow> {
  let columns = new Set<string>();
  const parser = parse({
    bom: true,
    info: true,
    skip_empty_lines: true,
    // A row with a missing or extra column is the import's to report, not the parser's to abort on.
    relax_column_count: true,
    // A "row" without end (a file of zeros, an unclosed quote) stops here, not at the end of memory.
    max_record_size: MAX_RECORD_BYTES,
    columns: (header: string[]) => {
      const names = header.map((name) => name.trim());
      if (!names.includes('organisasjonsnummer')) {
        throw new ImportInputError('The CSV has no "organisasjonsnummer" column: is it the register\'s file of enheter?', {
          reason: 'REGISTER_NOT_ENHETER',
        });
      }
      columns = new Set(names);
      return names;
    },
  });
  const rows = forwardErrors(input, parser) as AsyncIterable<{
    record: Record<string, string | undefined>;
    info: { lines: number };
  }>;
  try {
    for await (const { record, info } of rows) {
      yield { line: info.lines - newlinesIn(record), record: recordFromCsvRow(record, columns) };
    }
  } catch (error) {
    // csv-parse's own errors (CSV_QUOTE_NOT_CLOSED…) carry the line; say it in the coordinator's terms.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('CSV_')) {
      const line = (error as { lines?: number }).lines;
      throw new ImportInputError(`The CSV cannot be read${line ? ` at line ${line}` : ''}: ${(error as Error).message}`, {
        reason: 'CSV_UNREADABLE',
        ...(line ? { params: { line } } : {}),
      });
    }
    throw error;
  }
}

async function* readJson(input: Readable): AsyncGenerator<SourceRow> {
  const guard = new EntryGuard();
  const items = forwardErrors(forwardErrors(input, guard), streamArray.withParserAsStream()) as AsyncIterable<{ key: number; value: unknown }>;
  let entry = 0;
  try {
    for await (const { key, value } of items) {
      entry = key + 1;
      guard.mark(entry);
      yield { line: entry, record: recordFromJson(value) };
    }
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    if (error instanceof Error && /parse|expected|JSON/i.test(error.message)) {
      throw new ImportInputError(`The JSON cannot be read after entry ${entry}: ${error.message}`, {
        reason: 'REGISTER_JSON_UNREADABLE',
        params: { entry },
      });
    }
    throw error;
  }
}

/**
 * The format of a (unpacked) register file from its first SNIFF_BYTES: JSON when it starts with
 * an array, CSV when it holds a whole first line of text (the header, checked by the CSV reader),
 * else null: binary (a NUL byte, which neither format holds) or a "line" without end.
 */
function formatOf(head: Buffer, ended: boolean): 'json' | 'csv' | null {
  const sniffed = head.subarray(0, SNIFF_BYTES);
  if (sniffed.includes(0)) return null;
  const text = sniffed.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('[')) return 'json';
  return /[\r\n]/.test(text) || (ended && head.length <= SNIFF_BYTES) ? 'csv' : null;
}

/**
 * Streams the records of a register file, whichever format it is in: the bulk CSV, the bulk
 * JSON, or either gzipped. The format is told from the first bytes, not the file name, so an
 * upload needs none. Memory stays flat: one record at a time, each at most MAX_RECORD_BYTES,
 * the format told from the first 64 KB (NOT_A_REGISTER_FILE when they hold neither), and a
 * gzipped file unpacked only as far as `limits` allow (UNPACKED_TOO_LARGE): a gzip bomb is
 * refused after reading a little of it.
 */
export async function* readRegister(input: Readable, limits: UnpackLimits = DEFAULT_UNPACK_LIMITS): AsyncGenerator<SourceRow> {
  let stream: Readable = input;
  try {
    const start = await peek(input, 2);
    stream = start.stream;
    if (start.head[0] === 0x1f && start.head[1] === 0x8b) {
      const compressed = new ByteCounter();
      stream = forwardErrors(forwardErrors(forwardErrors(stream, compressed), createGunzip()), new UnpackCeiling(compressed, limits));
    }
    const sniffed = await peek(stream, SNIFF_BYTES);
    stream = sniffed.stream;
    if (sniffed.head.length === 0) throw new ImportInputError('The file is empty.', { reason: 'FILE_EMPTY' });
    const format = formatOf(sniffed.head, sniffed.ended);
    if (!format) {
      throw new ImportInputError(`The first ${SNIFF_BYTES / 1024} KB of the file hold neither the register's CSV header nor its JSON: it is not a register file.`, {
        reason: 'NOT_A_REGISTER_FILE',
      });
    }
    yield* format === 'json' ? readJson(stream) : readCsv(stream);
  } finally {
    // Done or given up on: stop reading (and unpacking) at once.
    stream.destroy();
    input.destroy();
  }
}
