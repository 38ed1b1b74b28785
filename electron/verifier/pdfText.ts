/**
 * PDF text strings and dates (ISO 32000-1 §7.9.2 and §7.9.4), decoded without ever throwing: a UTF-16BE string of
 * odd length loses its last byte, an impossible date is `null`.
 */
import type { PdfValue } from './pdfLexer';

// PDFDocEncoding differs from Latin-1 only in 0x18–0x1F and 0x80–0x9F; those are shown as they are in the table.
const PDF_DOC_HIGH =
  '\u2022\u2020\u2021\u2026\u2014\u2013\u0192\u2044\u2039\u203a\u2212\u2030\u201e\u201c\u201d\u2018\u2019\u201a\u2122\ufb01\ufb02\u0141\u0152\u0160\u0178\u017d\u0131\u0142\u0153\u0161\u017e\ufffd';

export function decodeTextString(value: PdfValue | undefined): string {
  if (value?.kind !== 'string') return '';
  const bytes = value.bytes;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return body.swap16().toString('utf16le');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? (PDF_DOC_HIGH[byte - 0x80] ?? '\ufffd') : String.fromCharCode(byte);
  }
  return text;
}

/** `D:YYYYMMDDHHmmSSOHH'mm'` (every part after the year optional) as an ISO instant, or `null`. */
export function pdfDateToIso(value: PdfValue | undefined): string | null {
  if (value?.kind !== 'string') return null;
  const text = value.bytes.toString('latin1');
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z)|([+-])(\d{2})'?(?:(\d{2})'?)?)?$/.exec(
    text,
  );
  if (match === null) return null;
  const [year, month = 1, day = 1, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => (part === undefined ? undefined : Number(part)));
  if (
    year === undefined ||
    year < 1900 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31 ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  const sign = match[8] === '-' ? -1 : 1;
  const offsetHours = Number(match[9] ?? 0);
  const offsetMinutes = Number(match[10] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  const date = new Date(utc);
  // Date.UTC rolls 31 February into March: refuse dates that do not exist.
  if (Number.isNaN(utc) || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  return date.toISOString();
}
