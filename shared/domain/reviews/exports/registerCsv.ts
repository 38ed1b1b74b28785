/**
 * The incident register as CSV: one row per incident, the columns below (documented in README "Standard exports"),
 * RFC 4180 quoting, times in ISO-8601 UTC. Reporter identities are never a column. A cell that a spreadsheet would
 * run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe.
 */
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

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
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
  const lines = [REGISTER_CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const row of rows) lines.push(cells(row).map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
