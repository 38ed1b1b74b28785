/** Describes an edit to an incident field by field, in words, for the timeline ("Severity: SEV3 → SEV2"). */
import type { AffectedSystem, Incident, IncidentDraft, Reporter } from '../../../shared/domain/incidents/incident';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import {
  IMPACT_FLAG_LABELS,
  INCIDENT_TYPE_INFO,
  type ImpactFlag,
  type IncidentType,
} from '../../../shared/domain/incidents/taxonomy';
import type { FieldChange } from '../../../shared/domain/timeline';

const FIELD_LABELS: Readonly<Record<keyof IncidentDraft, string>> = {
  title: 'Title',
  summary: 'Summary',
  types: 'Incident types',
  atlasTechniques: 'ATLAS techniques',
  severity: 'Severity',
  detectedAt: 'Detected at',
  awareAt: 'Became aware at',
  affectedSystems: 'Affected AI systems',
  impactFlags: 'Impact',
  jurisdictions: 'Jurisdictions',
  reporter: 'Reporter',
};

const none = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));
const clip = (text: string): string => (text.length > 240 ? `${text.slice(0, 239)}…` : text);

function describeSystem(system: AffectedSystem): string {
  return [system.model, system.version && `v${system.version}`, system.owner && `(${system.owner})`]
    .filter(Boolean)
    .join(' ');
}

function describeReporter(reporter: Reporter): string {
  if (reporter.confidential) return 'Confidential reporter';
  return reporter.name === '' ? 'Not recorded' : reporter.name;
}

function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function describeField(field: keyof IncidentDraft, draft: IncidentDraft): string {
  switch (field) {
    case 'types':
      return none(draft.types.map((type: IncidentType) => INCIDENT_TYPE_INFO[type].label));
    case 'impactFlags':
      return none(draft.impactFlags.map((flag: ImpactFlag) => IMPACT_FLAG_LABELS[flag]));
    case 'affectedSystems':
      return none(draft.affectedSystems.map(describeSystem));
    case 'atlasTechniques':
      return none(draft.atlasTechniques);
    case 'jurisdictions':
      return none(draft.jurisdictions);
    case 'reporter':
      return describeReporter(draft.reporter);
    case 'detectedAt':
    case 'awareAt':
      return formatUtc(draft[field]);
    case 'title':
    case 'summary':
    case 'severity':
      return clip(draft[field]);
  }
}

export function describeIncidentChanges(current: Incident, next: IncidentDraft): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(FIELD_LABELS) as Array<keyof IncidentDraft>) {
    if (canonicalJson(current[field]) === canonicalJson(next[field])) continue;
    changes.push({
      field,
      label: FIELD_LABELS[field],
      before: describeField(field, current),
      after: describeField(field, next),
    });
  }
  return changes;
}
