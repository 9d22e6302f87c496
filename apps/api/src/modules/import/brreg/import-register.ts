import type { Readable } from 'node:stream';
import { eq, inArray, sql } from 'drizzle-orm';
import { newId, prepareWrite, schema, type Db, type DbHandle } from '@brobygger/db';
import type { OrganizationRow } from '@brobygger/db/schema';
import { normalizeOrgNumber } from '@brobygger/domain';
import { auditImport, type ImportActor } from '../import-audit';
import { ReportBuilder, type ImportReport } from '../report';
import { readRegister, type UnpackLimits } from './read-register';
import { toOrganization, type ImportedOrganization } from './to-organization';

const t = schema.organizations;

export interface RegisterImportOptions {
  /** Report what would happen, write nothing. */
  dryRun: boolean;
  /** Only organisations in these municipalities (kommunenummer). */
  municipalities?: readonly string[];
  /** Only these organisation numbers. */
  orgNumbers?: ReadonlySet<string>;
  actor: ImportActor;
  now: Date;
  /** Called every few thousand rows and at the end with the number of rows read. */
  onProgress?: (rowsRead: number) => void;
  listCap?: number;
  /** How far a gzipped file may unpack (IMPORT_MAX_UNPACKED_BYTES, IMPORT_MAX_UNPACK_RATIO). */
  unpackLimits?: UnpackLimits;
}

/** The fields the register is the source of; compared with the database to tell an update from no change. */
const REGISTER_FIELDS = [
  'name',
  'sector',
  'kind',
  'publiclyOwned',
  'industryCode',
  'industryName',
  'municipalityNumber',
  'municipalityName',
  'address',
  'postalCode',
  'postalPlace',
  'website',
  'employees',
] as const satisfies readonly (keyof ImportedOrganization & keyof OrganizationRow)[];

/** Rows looked up together: one IN query per batch instead of one per row. */
const BATCH_SIZE = 500;
const PROGRESS_EVERY = 2000;

const INSERTED_COLUMNS = ['id', 'orgNumber', ...REGISTER_FIELDS, 'source', 'createdAt', 'updatedAt'] as const;
type InsertValues = Record<(typeof INSERTED_COLUMNS)[number], unknown>;

/**
 * One insert statement built once per import and run per new row: building a drizzle insert
 * for every row cost more than SQLite's work on it. A prepared statement is portable too
 * (drizzle prepares on PostgreSQL as well).
 */
function prepareInsert(db: Db) {
  const values = Object.fromEntries(
    INSERTED_COLUMNS.map((column) => [column, sql.placeholder(column)]),
  );
  return prepareWrite(db.insert(t).values(values as never), 'register_insert_organization');
}

interface Candidate {
  line: number;
  value: ImportedOrganization;
}

/** A field the file has no column for (undefined) never counts as a difference. */
function differingFields(row: OrganizationRow, value: ImportedOrganization): string[] {
  return REGISTER_FIELDS.filter((field) => value[field] !== undefined && (row[field] ?? null) !== value[field]);
}

/**
 * A coordinator's own data: typed in by hand, or changed by hand since. The register never
 * overwrites it; the report lists the fields where the two differ.
 */
function editedByHand(row: OrganizationRow): boolean {
  return row.editedByHandAt !== null || row.source === 'MANUAL';
}

async function applyBatch(
  db: Db,
  batch: readonly Candidate[],
  report: ReportBuilder,
  insert: ReturnType<typeof prepareInsert> | null,
  now: string,
): Promise<void> {
  const write = insert !== null;
  const numbers = batch.map((candidate) => candidate.value.orgNumber);
  const existing = await db.select().from(t).where(inArray(t.orgNumber, numbers));
  const byNumber = new Map(existing.map((row) => [row.orgNumber, row]));
  for (const { line, value } of batch) {
    const row = byNumber.get(value.orgNumber);
    const base = { line, key: value.orgNumber, name: value.name };
    if (!row) {
      report.change({ ...base, action: 'create', fields: [] });
      if (insert) {
        const row = { id: newId('organization'), orgNumber: value.orgNumber } as InsertValues;
        // A column the file lacks is simply unknown for a new organisation.
        for (const field of REGISTER_FIELDS) row[field] = value[field] ?? null;
        row.publiclyOwned = value.publiclyOwned ? 1 : 0;
        Object.assign(row, { source: 'BRREG', createdAt: now, updatedAt: now });
        await insert(row);
      }
      continue;
    }
    const fields = differingFields(row, value);
    if (fields.length === 0) {
      report.unchanged();
    } else if (editedByHand(row)) {
      report.change({ ...base, action: 'kept', fields });
    } else {
      report.change({ ...base, action: 'update', fields });
      if (write) {
        const changes = Object.fromEntries(fields.map((field) => [field, value[field as keyof ImportedOrganization]]));
        await db
          .update(t)
          .set({ ...changes, source: 'BRREG', updatedAt: now })
          .where(eq(t.id, row.id));
      }
    }
  }
}

async function run(db: Db, input: Readable, options: RegisterImportOptions, write: boolean): Promise<ImportReport> {
  const builder = new ReportBuilder(options.dryRun, options.listCap);
  const report = builder.report;
  const municipalities = options.municipalities?.length ? new Set(options.municipalities) : null;
  const orgNumbers = options.orgNumbers?.size ? options.orgNumbers : null;
  const now = options.now.toISOString();
  const insert = write ? prepareInsert(db) : null;
  let batch: Candidate[] = [];
  let inBatch = new Set<string>();
  const flush = async () => {
    if (batch.length) await applyBatch(db, batch, builder, insert, now);
    batch = [];
    inBatch = new Set();
  };

  for await (const { line, record } of readRegister(input, options.unpackLimits)) {
    report.rowsRead++;
    if (report.rowsRead % PROGRESS_EVERY === 0) options.onProgress?.(report.rowsRead);
    const rawNumber = record.orgNumber ? normalizeOrgNumber(record.orgNumber) : null;
    if (municipalities && !municipalities.has(record.municipalityNumber ?? '')) {
      report.filteredOut++;
      continue;
    }
    if (orgNumbers && !orgNumbers.has(rawNumber ?? '')) {
      report.filteredOut++;
      continue;
    }
    if (record.bankrupt || record.dissolving) {
      builder.skip(
        record.bankrupt
          ? { line, key: rawNumber, reason: 'bankrupt (konkurs)', problem: 'BANKRUPT' }
          : { line, key: rawNumber, reason: 'being dissolved (under avvikling)', problem: 'DISSOLVING' },
      );
      continue;
    }
    const converted = toOrganization(record);
    if (!converted.ok) {
      const { ok: _ok, ...refusal } = converted;
      builder.reject({ line, key: rawNumber, ...refusal });
      continue;
    }
    // The same number twice in a file: the later row is applied over the earlier one.
    if (inBatch.has(converted.value.orgNumber)) await flush();
    batch.push({ line, value: converted.value });
    inBatch.add(converted.value.orgNumber);
    if (batch.length >= BATCH_SIZE) await flush();
  }
  await flush();
  options.onProgress?.(report.rowsRead);
  return report;
}

/**
 * Imports organisations from a register file (CSV or JSON, plain or gzipped), upserting by
 * organisation number. The real run is one transaction: a failure anywhere (an unreadable
 * file, a full disk) leaves the database as it was. A dry run only reads.
 */
export async function importRegister(
  handle: DbHandle,
  input: Readable,
  options: RegisterImportOptions,
): Promise<ImportReport> {
  if (options.dryRun) return run(handle.db, input, options, false);
  const report = await handle.transaction(async (tx) => {
    const report = await run(tx, input, options, true);
    const { created, updated, unchanged, kept, skipped, rejected, rowsRead } = report;
    await auditImport(tx, options.actor, options.now, 'Organization', {
      source: 'BRREG',
      rowsRead,
      created,
      updated,
      unchanged,
      kept,
      skipped,
      rejected,
    });
    return report;
  });
  // Thousands of new organisations change what the planner should expect of the table.
  if (report.created > 0) await handle.refreshStatistics();
  return report;
}
