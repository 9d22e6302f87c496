import type { AttributeValue } from './export-columns';

/** A byte-order mark, so spreadsheet programs read the file as UTF-8 (æ, ø, å). */
export const BOM = '\uFEFF';

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (=, +, -, @ first)
 * gets a leading apostrophe; numbers are written as they are.
 */
export function csvCell(value: AttributeValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file: BOM, a header row, CRLF line ends. */
export function writeCsv(header: readonly string[], rows: Iterable<readonly AttributeValue[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
