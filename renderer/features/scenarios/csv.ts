/**
 * CSV text in with papaparse (pinned): RFC 4180 quoting, cells spanning lines, any delimiter it can detect, a
 * byte-order mark tolerated. CSV out goes through the one writer (`shared/csv.ts`), spreadsheet formulae escaped.
 * The mapping of rows onto injects is the shared, pure `injectCsv.ts`.
 */
import Papa from 'papaparse';
import { csvText } from '../../../shared/csv';

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
}

/** Files larger than this are refused before parsing: an inject list is far smaller. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
const MAX_ROWS = 2_000;

/** The header and data rows of CSV text, or the problem in words. */
export function readCsv(text: string): { ok: true; table: CsvTable } | { ok: false; message: string } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) {
    return { ok: false, message: `The CSV has an unclosed quotation mark near row ${(fatal.row ?? 0) + 1}.` };
  }
  const [header, ...rows] = parsed.data;
  if (!header || header.every((cell) => cell.trim() === '')) {
    return { ok: false, message: 'The file has no header row; the first row must name the columns.' };
  }
  if (rows.length === 0) return { ok: false, message: 'The file has a header but no inject rows.' };
  if (rows.length > MAX_ROWS)
    return { ok: false, message: `The file has ${rows.length} rows; import at most ${MAX_ROWS}.` };
  return { ok: true, table: { header: header.map((cell) => cell.trim()), rows } };
}

/** Rows as CSV text, through the one CSV writer every export uses. */
export function writeCsv(rows: ReadonlyArray<readonly string[]>): string {
  return csvText(rows);
}
