/** Human incident references such as INC-2026-0042: a prefix, the declaration year, and a per-year counter. */
import { z } from 'zod';

export const incidentRefSchema = z
  .string()
  .regex(/^INC-\d{4}-\d{4,}$/, 'An incident reference looks like INC-2026-0042.');

export function formatIncidentRef(year: number, sequence: number): string {
  return `INC-${year}-${String(sequence).padStart(4, '0')}`;
}

export function parseIncidentRef(ref: string): { year: number; sequence: number } | undefined {
  const match = /^INC-(\d{4})-(\d{4,})$/.exec(ref);
  if (!match) return undefined;
  return { year: Number(match[1]), sequence: Number(match[2]) };
}

/** The key of the per-year counter the next reference is drawn from. */
export function referenceCounterKey(year: number): string {
  return `incident-ref:${year}`;
}
