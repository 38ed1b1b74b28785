/**
 * What "search everywhere" finds: one search document per incident, timeline entry, evidence item, runbook version
 * and person, made from the stored record. A document carries the words to match (`title`, `text`) and what the
 * palette shows and opens (`kind`, `hint`, `target`); its id is `kind:recordId`, so a record's document is replaced
 * when the record changes. Pure functions: the search worker, the tests and the benchmark all use them.
 */
import type { EvidenceItem } from '../../../shared/domain/evidence/evidence';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { INCIDENT_TYPE_INFO } from '../../../shared/domain/incidents/taxonomy';
import type { RunbookContent } from '../../../shared/domain/runbooks/runbook';
import type { Person } from '../../../shared/domain/team/team';
import type { TimelineEntry } from '../../../shared/domain/timeline';

export const SEARCH_KINDS = ['incident', 'timeline', 'evidence', 'runbook', 'person'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  incident: 'Incidents',
  timeline: 'Timeline entries',
  evidence: 'Evidence',
  runbook: 'Runbooks',
  person: 'People',
};

/** Where a result leads: a route name and its record id (settings has none). */
export type SearchTarget =
  | { readonly name: 'incident'; readonly id: string }
  | { readonly name: 'evidence-item'; readonly id: string }
  | { readonly name: 'runbook'; readonly id: string }
  | { readonly name: 'settings' };

export interface SearchDocument {
  /** `kind:recordId`. */
  readonly id: string;
  readonly kind: SearchKind;
  /** The line shown in the results, searched with a higher weight. */
  readonly title: string;
  /** Everything else that should find it. */
  readonly text: string;
  /** A second line: the incident reference, the runbook status, a person's role. */
  readonly hint: string;
  readonly target: SearchTarget;
}

/** The audit-log entities whose records are searched, and the kind of document each becomes. */
export const SEARCHED_ENTITIES = {
  incident: 'incident',
  timeline: 'timeline',
  evidence: 'evidence',
  runbook: 'runbook',
  person: 'person',
} as const satisfies Readonly<Record<string, SearchKind>>;

/** Extracted text of a text evidence item kept in the index (the first part of a log is what people search for). */
export const EXTRACTED_TEXT_CHARS = 64 * 1024;

export function documentId(kind: SearchKind, recordId: string): string {
  return `${kind}:${recordId}`;
}

/** The fields of an incident that are searched. */
export type SearchedIncident = Pick<
  Incident,
  'id' | 'ref' | 'title' | 'summary' | 'types' | 'atlasTechniques' | 'affectedSystems' | 'severity'
>;

export function incidentDocument(incident: SearchedIncident): SearchDocument {
  const types = incident.types.map((type) => `${type} ${INCIDENT_TYPE_INFO[type].label}`);
  const systems = incident.affectedSystems.map((system) => `${system.model} ${system.version} ${system.endpoint}`);
  return {
    id: documentId('incident', incident.id),
    kind: 'incident',
    title: `${incident.ref} ${incident.title}`,
    text: [incident.summary, ...types, ...incident.atlasTechniques, ...systems].join(' '),
    hint: `${incident.severity} · ${incident.types.map((type) => INCIDENT_TYPE_INFO[type].label).join(', ')}`,
    target: { name: 'incident', id: incident.id },
  };
}

/** A timeline entry's document; the 'declared' entry only repeats the incident's own words, so it has none. */
export function timelineDocument(entry: TimelineEntry): SearchDocument | undefined {
  if (entry.kind === 'declared' || entry.subject.kind !== 'incident') return undefined;
  const reason = 'reason' in entry && typeof entry.reason === 'string' ? entry.reason : '';
  return {
    id: documentId('timeline', entry.id),
    kind: 'timeline',
    title: entry.text.length > 140 ? `${entry.text.slice(0, 139)}…` : entry.text,
    text: `${entry.text} ${reason}`,
    hint: `${entry.subject.ref} · ${entry.kind.replace('-', ' ')}`,
    target: { name: 'incident', id: entry.subject.id },
  };
}

/** Whether an item's bytes are text worth indexing (logs, prompts, transcripts, JSON). */
export function hasExtractableText(item: Pick<EvidenceItem, 'kind' | 'mediaType' | 'name'>): boolean {
  if (item.kind !== 'file') return false;
  const type = item.mediaType.toLowerCase();
  return (
    type.startsWith('text/') ||
    type === 'application/json' ||
    /\.(txt|log|csv|tsv|md|json|jsonl|ya?ml|xml|ini|cfg|conf|out|err)$/i.test(item.name)
  );
}

export function evidenceDocument(item: EvidenceItem, extractedText = ''): SearchDocument {
  const snapshot = item.snapshot
    ? `${item.snapshot.modelId} ${item.snapshot.modelVersion} ${item.snapshot.systemPrompt.slice(0, 4_000)}`
    : '';
  return {
    id: documentId('evidence', item.id),
    kind: 'evidence',
    title: item.name,
    text: [
      item.tags.join(' '),
      item.description,
      item.source.system,
      item.aiSystem,
      item.sha256,
      snapshot,
      extractedText.slice(0, EXTRACTED_TEXT_CHARS),
    ].join(' '),
    hint: `${item.subject.ref}${item.tags.length > 0 ? ` · ${item.tags.join(', ')}` : ''}`,
    target: { name: 'evidence-item', id: item.id },
  };
}

export function runbookDocument(
  runbook: RunbookContent & { readonly id: string; readonly version: number; readonly status: string },
): SearchDocument {
  const steps = runbook.phases.flatMap((block) =>
    block.steps.flatMap((step) => [step.title, step.instructions, ...step.subSteps]),
  );
  return {
    id: documentId('runbook', runbook.id),
    kind: 'runbook',
    title: runbook.title,
    text: [runbook.purpose, ...runbook.atlasTechniques, ...steps].join(' '),
    hint: `Version ${runbook.version} · ${runbook.status}`,
    target: { name: 'runbook', id: runbook.id },
  };
}

export function personDocument(person: Person): SearchDocument {
  return {
    id: documentId('person', person.id),
    kind: 'person',
    title: person.name,
    text: [person.role, person.team, ...person.channels.map((channel) => channel.value)].join(' '),
    hint: [person.role, person.team].filter(Boolean).join(' · ') || 'People directory',
    target: { name: 'settings' },
  };
}
