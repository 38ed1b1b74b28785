/**
 * The one CSV writer every export uses (metrics tables, the incident register, scenario injects, the audit log):
 * RFC 4180 text — comma-separated, CRLF line ends, a field with a comma, quote or line break quoted and its quotes
 * doubled. A cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is prefixed with
 * an apostrophe, so a title typed by anyone cannot become a formula in the reader's spreadsheet (OWASP "CSV
 * injection"); plain numbers, negative ones included, are left as they are. Reading CSV stays with papaparse
 * (`renderer/features/scenarios/csv.ts`), which tolerates what other tools write.
 */
const NUMBER = /^-?\d+(\.\d+)?$/;

/** One field as it is written: formula-escaped, then quoted when it must be. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record as a line, without its line end. */
export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/** Rows (the header first, when there is one) as CSV text, each line ended by CRLF. */
export function csvText(rows: Iterable<readonly string[]>): string {
  let text = '';
  for (const row of rows) text += `${csvLine(row)}\r\n`;
  return text;
}

/** A header and its rows as CSV text. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return csvText([header, ...rows]);
}
