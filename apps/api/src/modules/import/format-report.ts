import type { ImportReport, ReportRow } from './report';

const SHOWN = 20;

function rowLines(title: string, rows: readonly ReportRow[], total: number): string[] {
  if (total === 0) return [];
  const lines = [`${title} (${total}):`];
  for (const row of rows.slice(0, SHOWN)) lines.push(`  line ${row.line}${row.key ? ` ${row.key}` : ''}: ${row.reason}`);
  if (total > SHOWN) lines.push(`  … and ${total - SHOWN} more`);
  return lines;
}

/** The report as the command line prints it: the counts, then the first rows of each list. */
export function formatReport(report: ImportReport): string {
  const counts: [string, number][] = [
    ['rows read', report.rowsRead],
    ['outside the filter', report.filteredOut],
    [report.dryRun ? 'would create' : 'created', report.created],
    [report.dryRun ? 'would update' : 'updated', report.updated],
    ['unchanged', report.unchanged],
    ['kept (edited by hand)', report.kept],
    ['skipped', report.skipped],
    ['rejected', report.rejected],
  ];
  const lines = [
    report.dryRun ? 'Dry run: nothing was written.' : 'Import finished.',
    ...counts.map(([label, count]) => `  ${label.padEnd(22)} ${count}`),
  ];
  const kept = report.changes.filter((change) => change.action === 'kept');
  if (kept.length) {
    lines.push(`Kept (edited by hand) (${report.kept}):`);
    for (const change of kept.slice(0, SHOWN)) {
      lines.push(`  line ${change.line} ${change.key} ${change.name}: ${change.fields.join(', ')} differ in the file`);
    }
  }
  lines.push(...rowLines('Rejected', report.rejectedRows, report.rejected));
  lines.push(...rowLines('Skipped', report.skippedRows, report.skipped));
  return lines.join('\n');
}
