import type { Readable } from 'node:stream';
import type { Db, DbHandle } from '@brobygger/db';
import { auditImport, type ImportActor } from '../import-audit';
import { ReportBuilder, type ImportReport } from '../report';
import { checkColumns, mapRow, type ColumnMapping, type CsvImportKind } from './column-mapping';
import { importConnectionRow } from './import-connections';
import { importPersonRow } from './import-people';
import { readCsv } from './read-csv';

export interface CsvImportOptions {
  kind: CsvImportKind;
  mapping: ColumnMapping;
  dryRun: boolean;
  actor: ImportActor;
  now: Date;
  onProgress?: (rowsRead: number) => void;
}

const ROW_IMPORTERS = { people: importPersonRow, connections: importConnectionRow } as const;
const ENTITY_TYPES = { people: 'Person', connections: 'Connection' } as const;

async function run(db: Db, input: Readable, options: CsvImportOptions, write: boolean): Promise<ImportReport> {
  const builder = new ReportBuilder(options.dryRun);
  const importRow = ROW_IMPORTERS[options.kind];
  const now = options.now.toISOString();
  for await (const { line, row } of readCsv(input, (header) => checkColumns(options.mapping, header))) {
    builder.report.rowsRead++;
    if (builder.report.rowsRead % 500 === 0) options.onProgress?.(builder.report.rowsRead);
    const values = mapRow(options.mapping, row);
    // U+0000 cannot be stored (nor looked up on PostgreSQL): that row is refused, by line, as any bad cell is.
    const field = Object.keys(values).find((name) => values[name]!.includes('\u0000'));
    if (field) {
      builder.reject({ line, key: `line ${line}`, reason: `${field}: text may not hold the NUL character (U+0000)`, problem: 'CONTROL_CHARACTER', field });
      continue;
    }
    await importRow(db, line, values, builder, write, now);
  }
  options.onProgress?.(builder.report.rowsRead);
  return builder.report;
}

/**
 * Imports people or connections from any CSV through a column mapping, with the same
 * validation as the API's forms and the same report as the register import. The real run is
 * one transaction; a dry run only reads.
 */
export async function importCsv(handle: DbHandle, input: Readable, options: CsvImportOptions): Promise<ImportReport> {
  if (options.dryRun) return run(handle.db, input, options, false);
  return handle.transaction(async (tx) => {
    const report = await run(tx, input, options, true);
    const { rowsRead, created, updated, unchanged, rejected } = report;
    await auditImport(tx, options.actor, options.now, ENTITY_TYPES[options.kind], {
      source: 'CSV',
      rowsRead,
      created,
      updated,
      unchanged,
      rejected,
    });
    return report;
  });
}
