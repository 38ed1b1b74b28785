/**
 * Timestamps. Every stored time is an ISO-8601 UTC string with millisecond precision (`toISOString()`), so that
 * lexical order is chronological order and IndexedDB indexes sort correctly.
 */
import { z } from 'zod';

export const isoTimestampSchema = z.iso.datetime({ precision: 3, error: 'Enter a valid date and time.' });
export type IsoTimestamp = z.infer<typeof isoTimestampSchema>;

export function nowIso(clock: () => number = Date.now): IsoTimestamp {
  return new Date(clock()).toISOString();
}
