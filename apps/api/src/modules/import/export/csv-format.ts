/** Spreadsheet programs read UTF-8 only with this mark in front; without it æøå come out garbled. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV cell: quoted when it holds a semicolon, comma, quote or line break, and with a leading quote
 * when it starts like a formula (=, +, -, @), so a name such as "=HYPERLINK(…)" stays text
 * when the file is opened in a spreadsheet.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";,\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One line of a file for spreadsheets: semicolon-separated, as Excel in a Norwegian (or any
 * decimal-comma) locale expects, where a comma-separated file opens as one column; CRLF ends it.
 */
export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(';')}\r\n`;
}
