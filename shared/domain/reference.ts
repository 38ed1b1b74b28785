/**
 * Human incident references. New ones carry the site code of the installation that declared them
 * (`INC-2026-LON-0042`: prefix, declaration year, site code, per-site per-year counter), so installations that work
 * offline never issue the same reference as long as no two of them share a site code. References issued before
 * site codes (`INC-2026-0042`) keep their text and still parse.
 *
 * The rule: a site code belongs to one installation. Two installations with the same code issue the same
 * references; `referenceCollisions` finds them (same text, different incident) when their work meets, and
 * `describeReferenceCollision` says what happened, so the clash is explained instead of a record being lost.
 */
import { z } from 'zod';

const REF_PATTERN = /^INC-(\d{4})-(?:([A-Z][A-Z0-9]{1,5})-)?(\d{4,})$/;

export const incidentRefSchema = z
  .string()
  .regex(REF_PATTERN, 'An incident reference looks like INC-2026-LON-0042 (or INC-2026-0042 before site codes).');

export interface IncidentRefParts {
  readonly year: number;
  readonly sequence: number;
  /** Absent in references issued before site codes. */
  readonly siteCode?: string;
}

export function formatIncidentRef(year: number, sequence: number, siteCode?: string | null): string {
  const site = siteCode ? `${siteCode}-` : '';
  return `INC-${year}-${site}${String(sequence).padStart(4, '0')}`;
}

export function parseIncidentRef(ref: string): IncidentRefParts | undefined {
  const match = REF_PATTERN.exec(ref);
  if (!match) return undefined;
  const parts = { year: Number(match[1]), sequence: Number(match[3]) };
  return match[2] === undefined ? parts : { ...parts, siteCode: match[2] };
}

/**
 * The key of the counter the next reference is drawn from: per site and year, or per year for the references of an
 * installation without a site code. Counters from before site codes are kept, never reused for site references.
 */
export function referenceCounterKey(year: number, siteCode?: string | null): string {
  return siteCode ? `incident-ref:${siteCode}:${year}` : `incident-ref:${year}`;
}

export interface ReferencedIncident {
  readonly id: string;
  readonly ref: string;
}

export interface ReferenceCollision {
  readonly ref: string;
  /** The different incidents that carry it, in the order met. */
  readonly incidentIds: readonly string[];
}

/** References carried by more than one incident across the given sets (e.g. this database and an incoming one). */
export function referenceCollisions(...sets: ReadonlyArray<readonly ReferencedIncident[]>): ReferenceCollision[] {
  const byRef = new Map<string, string[]>();
  for (const incident of sets.flat()) {
    const ids = byRef.get(incident.ref) ?? [];
    if (!ids.includes(incident.id)) ids.push(incident.id);
    byRef.set(incident.ref, ids);
  }
  return [...byRef].filter(([, ids]) => ids.length > 1).map(([ref, incidentIds]) => ({ ref, incidentIds }));
}

/** A collision in words, naming the likely cause. */
export function describeReferenceCollision(collision: ReferenceCollision): string {
  const site = parseIncidentRef(collision.ref)?.siteCode;
  const cause = site
    ? `two installations use the site code ${site}; each installation needs a site code of its own`
    : 'it was issued before site codes, when every installation counted from INC-YYYY-0001';
  return `${collision.incidentIds.length} different incidents carry the reference ${collision.ref}: ${cause}.`;
}
