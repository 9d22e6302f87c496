import type { Readable } from 'node:stream';
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
    columns: (header: string[]) => {
      const names = header.map((name) => name.trim());
      if (!names.includes('organisasjonsnummer')) {
        throw new ImportInputError('The CSV has no "organisasjonsnummer" column: is it the register\'s file of enheter?');
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
      throw new ImportInputError(`The CSV cannot be read${line ? ` at line ${line}` : ''}: ${(error as Error).message}`);
    }
    throw error;
  }
}

async function* readJson(input: Readable): AsyncGenerator<SourceRow> {
  const items = forwardErrors(input, streamArray.withParserAsStream()) as AsyncIterable<{ key: number; value: unknown }>;
  let entry = 0;
  try {
    for await (const { key, value } of items) {
      entry = key + 1;
      yield { line: entry, record: recordFromJson(value) };
    }
  } catch (error) {
    if (error instanceof Error && /parse|expected|JSON/i.test(error.message)) {
      throw new ImportInputError(`The JSON cannot be read after entry ${entry}: ${error.message}`);
    }
    throw error;
  }
}

function firstCharacter(head: Buffer): string {
  return head.toString('utf8').replace(/^\uFEFF/, '').trimStart().charAt(0);
}

/**
 * Streams the records of a register file, whichever format it is in: the bulk CSV, the bulk
 * JSON, or either gzipped. The format is told from the first bytes, not the file name, so an
 * upload needs none. Memory stays flat: one record at a time.
 */
export async function* readRegister(input: Readable): AsyncGenerator<SourceRow> {
  let { head, stream } = await peek(input);
  if (head[0] === 0x1f && head[1] === 0x8b) {
    ({ head, stream } = await peek(forwardErrors(stream, createGunzip())));
  }
  if (head.length === 0) throw new ImportInputError('The file is empty.');
  yield* firstCharacter(head) === '[' ? readJson(stream) : readCsv(stream);
}
