import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { ImportInputError } from '../import-error';
import { peek } from '../peek-stream';

export interface CsvRow {
  line: number;
  row: Record<string, string | undefined>;
}

/**
 * Streams a CSV with a header row, one record at a time, from any spreadsheet's export:
 * comma or semicolon (Excel in Norwegian uses ;), with or without a BOM. `checkHeader` sees
 * the header first and throws to stop the import before any row is read.
 */
export async function* readCsv(file: Readable, checkHeader: (header: string[]) => void): AsyncGenerator<CsvRow> {
  const { head, stream: input } = await peek(file);
  const firstLine = head.toString('utf8').split('\n', 1)[0] ?? '';
  // The delimiter is whichever the header uses more of: a value may hold commas, a header rarely does.
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const parser = parse({
    bom: true,
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
    // A row without end (binary junk, an unclosed quote) stops at 1 MB, not at the end of memory.
    max_record_size: 1024 ** 2,
    delimiter,
    columns: (header: string[]) => {
      const names = header.map((name) => name.trim());
      checkHeader(names);
      return names;
    },
  });
  input.on('error', (error) => parser.destroy(error));
  const rows = input.pipe(parser) as AsyncIterable<{ record: Record<string, string | undefined>; info: { lines: number } }>;
  try {
    for await (const { record, info } of rows) yield { line: info.lines, row: record };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('CSV_')) {
      const line = (error as { lines?: number }).lines;
      throw new ImportInputError(`The CSV cannot be read: ${(error as Error).message}`, {
        reason: 'CSV_UNREADABLE',
        ...(line ? { params: { line } } : {}),
      });
    }
    throw error;
  }
}
