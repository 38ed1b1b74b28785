/**
 * CSV text (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted and quotes
 * doubled). A cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is prefixed with
 * an apostrophe, so an incident title cannot become a formula in the reader's spreadsheet (OWASP "CSV injection");
 * plain numbers, negative ones included, are left as they are.
 */
const NUMBER = /^-?\d+(\.\d+)?$/;

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
