/**
 * The incident register as CSV: one row per incident, the columns below (documented in README "Standard exports"),
 * written by the one CSV writer (`shared/csv.ts`: RFC 4180, formulae escaped), times in ISO-8601 UTC. Reporter
 * identities are never a column.
 */
import { csvText } from '../../../csv';
import type { Incident } from '../../incidents/incident';
import type { Review } from '../review';

export const REGISTER_CSV_COLUMNS = [
  ['ref', 'Incident reference, e.g. INC-2026-LON-0042'],
  ['title', 'Title'],
  ['severity', 'SEV1–SEV4'],
  ['phase', 'Lifecycle phase id'],
  ['types', 'Incident type ids, separated by “; ”'],
  ['atlas_techniques', 'MITRE ATLAS technique ids, separated by “; ”'],
  ['exercise', '“yes” for a practice incident of a tabletop exercise'],
  ['impact_started_at', 'Recorded impact start (milestone), or empty'],
  ['detected_at', 'Detection time'],
  ['aware_at', 'Awareness time'],
  ['declared_at', 'Declaration time'],
  ['acknowledged_at', 'Recorded first response (milestone), or empty'],
  ['contained_at', 'Recorded containment (milestone), or empty'],
  ['recovered_at', 'Recorded recovery (milestone), or empty'],
  ['closed_at', 'When the incident last entered Closed, or empty'],
  ['affected_systems', 'Model and version of each affected AI system, separated by “; ”'],
  ['impact_flags', 'Impact flag ids, separated by “; ”'],
  ['jurisdictions', 'Jurisdiction codes, separated by “; ”'],
  ['review', 'Review reference and status (draft, complete, waived), or empty'],
  ['action_items_open', 'Action items not done'],
  ['action_items_overdue', 'Action items not done and past their due date'],
] as const;

export interface RegisterCsvRow {
  readonly incident: Incident;
  readonly review: Review | undefined;
  readonly openActions: number;
  readonly overdueActions: number;
}

function reviewState(review: Review | undefined): string {
  if (!review) return '';
  const status = review.status === 'complete' ? 'complete' : review.waiver ? 'waived' : 'draft';
  return `${review.ref} ${status}`;
}

function cells({ incident, review, openActions, overdueActions }: RegisterCsvRow): string[] {
  const { milestones } = incident;
  return [
    incident.ref,
    incident.title,
    incident.severity,
    incident.phase,
    incident.types.join('; '),
    incident.atlasTechniques.join('; '),
    incident.exercise ? 'yes' : 'no',
    milestones.impactStarted?.at ?? '',
    incident.detectedAt,
    incident.awareAt,
    incident.declaredAt,
    milestones.acknowledged?.at ?? '',
    milestones.contained?.at ?? '',
    milestones.recovered?.at ?? '',
    incident.phase === 'closed' ? (incident.phaseEnteredAt.closed ?? '') : '',
    incident.affectedSystems.map((s) => (s.version ? `${s.model} ${s.version}` : s.model)).join('; '),
    incident.impactFlags.join('; '),
    incident.jurisdictions.join('; '),
    reviewState(review),
    String(openActions),
    String(overdueActions),
  ];
}

/** The register as CSV text (header row first, CRLF line ends as RFC 4180 says). */
export function registerCsv(rows: Iterable<RegisterCsvRow>): string {
  return csvText([REGISTER_CSV_COLUMNS.map(([name]) => name), ...Array.from(rows, cells)]);
}
