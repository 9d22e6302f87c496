import type { ErrorReason, ValidationError, ValidationReason } from '@brobygger/domain';

/**
 * What an import did (or, in a dry run, would do). Counts are exact; the row lists stop at a
 * cap so that a report of a million-row file stays small, and say so in `listsTruncated`.
 */
export interface ImportReport {
  dryRun: boolean;
  /** Data rows read from the file (header excluded). */
  rowsRead: number;
  /** Rows outside the municipality or org-number filter. */
  filteredOut: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Existing rows a coordinator edited by hand, where the file differs: left as they are. */
  kept: number;
  /** Bankrupt or dissolving organisations: left out on purpose. */
  skipped: number;
  rejected: number;
  changes: ReportChange[];
  skippedRows: ReportRow[];
  rejectedRows: ReportRow[];
  listsTruncated: boolean;
}

/** A created, updated or kept row; `fields` are the ones that differ from the database. */
export interface ReportChange {
  line: number;
  key: string;
  name: string;
  action: 'create' | 'update' | 'kept';
  fields: string[];
}

/**
 * A row not imported, and why. `key` is the organisation number (or other key) when the row had
 * one. `reason` says why in English, for the command line and API clients; `problem` says it as
 * a code of the error registry with the values in `params`, for clients that word it (the
 * import page): an IMPORT_ROW reason, or — with `field` — the BAD_USER_INPUT reason the
 * validators gave that field.
 */
export type ReportRow = { line: number; key: string | null } & RowProblem;

/** Why a row was left out: see `ReportRow`. */
export type RowProblem = { reason: string; params?: Readonly<Record<string, string | number>> } & (
  | { problem: ErrorReason<'IMPORT_ROW'>; field?: undefined }
  | { problem: ValidationReason; field: string }
);

/** The first problem of a row the validators refused, as a report row's reason and problem. */
export function fieldProblem(result: ValidationError): RowProblem {
  return {
    reason: `${result.field}: ${result.message}`,
    problem: result.reason,
    field: result.field,
    ...(result.params ? { params: result.params } : {}),
  };
}

export const DEFAULT_LIST_CAP = 500;

export class ReportBuilder {
  readonly report: ImportReport;

  constructor(
    dryRun: boolean,
    private readonly cap = DEFAULT_LIST_CAP,
  ) {
    this.report = {
      dryRun,
      rowsRead: 0,
      filteredOut: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      kept: 0,
      skipped: 0,
      rejected: 0,
      changes: [],
      skippedRows: [],
      rejectedRows: [],
      listsTruncated: false,
    };
  }

  private push<T>(list: T[], item: T): void {
    if (list.length < this.cap) list.push(item);
    else this.report.listsTruncated = true;
  }

  change(change: ReportChange): void {
    if (change.action === 'create') this.report.created++;
    else if (change.action === 'update') this.report.updated++;
    else this.report.kept++;
    this.push(this.report.changes, change);
  }

  unchanged(): void {
    this.report.unchanged++;
  }

  skip(row: ReportRow): void {
    this.report.skipped++;
    this.push(this.report.skippedRows, row);
  }

  reject(row: ReportRow): void {
    this.report.rejected++;
    this.push(this.report.rejectedRows, row);
  }
}
