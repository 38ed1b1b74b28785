/**
 * The report types Firebreak produces. Each is a pure function from stored records to a ReportDocument and declares
 * the subject kinds it is about and how its pages are laid out; adding a type (regulatory filing, after-action
 * report, post-incident review) is adding an entry to each map here with its builder. The layout and the worker
 * read the declared layout from the document, so no type is special-cased downstream.
 */
import type { SubjectKind } from '../domain/subject';
import { latestCorrections } from '../domain/timeline';
import { PHASE_LABELS, SEVERITY_INFO } from '../domain/incidents/taxonomy';
import type { ReportBlock, ReportDocument, ReportLayout } from './document';
import { formatBytesExactly } from '../domain/byteSize';
import { durationBetween, listOrNone, reportTime } from './format';
import type { ReportEvidenceItem, ReportSource } from './inputs';
import { buildAfterActionReport, type ExerciseReportSource } from './afterActionReport';
import { isExercise } from '../domain/exercises/practice';
import {
  affectedSystemsBlocks,
  checklistBlocks,
  coverFields,
  evidenceBlocks,
  impactBlocks,
  integrityBlocks,
  keyTimeFields,
  manifestFor,
  rolesBlocks,
  severityWords,
  timelineBlocks,
  typeWords,
} from './sections';
import { IMPACT_FLAG_LABELS } from '../domain/incidents/taxonomy';
import { reviewBlocks, reviewCoverFields } from './reviewReport';

export const REPORT_TYPES = [
  'incident-report',
  'executive-brief',
  'custody-report',
  'after-action-report',
  'post-incident-review',
] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const REPORT_TYPE_LABELS: Readonly<Record<ReportType, string>> = {
  'incident-report': 'Incident report',
  'executive-brief': 'Executive brief',
  'custody-report': 'Chain-of-custody report',
  'after-action-report': 'After-action report',
  'post-incident-review': 'Post-incident review',
};

/** What each report type can be about. */
export const REPORT_TYPE_SUBJECTS: Readonly<Record<ReportType, readonly SubjectKind[]>> = {
  'incident-report': ['incident'],
  'executive-brief': ['incident'],
  'custody-report': ['incident'],
  'after-action-report': ['exercise'],
  'post-incident-review': ['review'],
};

/** How each report type is laid out: long records start their body on a fresh page; the brief keeps going. */
export const REPORT_LAYOUTS: Readonly<Record<ReportType, ReportLayout>> = {
  'incident-report': { coverPageBreak: true },
  'executive-brief': { coverPageBreak: false },
  'custody-report': { coverPageBreak: true },
  'after-action-report': { coverPageBreak: true },
  'post-incident-review': { coverPageBreak: true },
};

function frame(source: ReportSource, type: ReportType, blocks: ReportBlock[], cited: readonly ReportEvidenceItem[]) {
  const { incident } = source;
  return {
    type,
    kind: REPORT_TYPE_LABELS[type],
    title: incident.title,
    subject: source.subject,
    layout: REPORT_LAYOUTS[type],
    banner: `${isExercise(incident) ? 'EXERCISE · ' : ''}${severityWords(incident)} · ${PHASE_LABELS[incident.phase]}`,
    cover: coverFields(source),
    blocks: incident.exercise
      ? [
          {
            kind: 'paragraph',
            tone: 'warning',
            text: `EXERCISE. ${incident.ref} is the practice incident of exercise ${incident.exercise.ref}; it is simulated and counted in no metric, regulatory clock or escalation.`,
          },
          ...blocks,
        ]
      : blocks,
    generatedAt: source.generatedAt,
    generatedBy: source.generatedBy,
    signerFingerprint: source.signerFingerprint,
    manifest: manifestFor(source, type, cited),
  } satisfies ReportDocument;
}

/** The full record: everything a regulator or a later reviewer needs, timeline included. */
export function buildIncidentReport(source: ReportSource): ReportDocument {
  const { incident } = source;
  const blocks: ReportBlock[] = [
    { kind: 'heading', text: 'Summary' },
    { kind: 'paragraph', text: incident.summary },
    ...affectedSystemsBlocks(incident),
    ...impactBlocks(incident),
    ...rolesBlocks(incident),
    ...timelineBlocks(source.timeline),
    ...checklistBlocks(source.checklist),
    ...evidenceBlocks(source.evidence),
    ...integrityBlocks(source),
  ];
  return frame(source, 'incident-report', blocks, source.evidence ?? []);
}

function nextDecisions(source: ReportSource): string {
  const open = (source.checklist ?? []).filter(
    (item) => item.status !== 'done' && item.status !== 'skipped' && item.phase === source.incident.phase,
  );
  if (open.length > 0) return open.map((item) => `• ${item.title}${item.owner ? ` (${item.owner})` : ''}`).join('\n');
  const next: Readonly<Record<string, string>> = {
    'detection-analysis': 'Confirm the scope and decide how to contain the affected AI systems.',
    containment: 'Decide when containment is sufficient to start removing the cause.',
    eradication: 'Decide when the cause is removed and service can be restored.',
    recovery: 'Decide when normal operation is confirmed and the review can start.',
    'post-incident-review': 'Agree the lessons learned and the actions that follow from them.',
    closed: 'None: the incident is closed.',
  };
  return next[source.incident.phase] ?? '';
}

/** One or two pages in plain words for people who decide, not investigate. */
export function buildExecutiveBrief(source: ReportSource): ReportDocument {
  const { incident } = source;
  const decisions = source.timeline.filter((entry) => entry.kind === 'decision' && entry.deletedAt === null);
  const corrections = latestCorrections(source.timeline);
  const lastDecisions = decisions.toSorted((a, b) => b.occurredAt.localeCompare(a.occurredAt)).slice(0, 3);
  const flags = incident.impactFlags.map((flag) => IMPACT_FLAG_LABELS[flag]);
  const status =
    incident.phase === 'closed'
      ? 'The incident is closed.'
      : `The incident is in ${PHASE_LABELS[incident.phase].toLowerCase()}, ` +
        `${durationBetween(incident.declaredAt, source.generatedAt)} after it was declared.`;
  const blocks: ReportBlock[] = [
    { kind: 'heading', text: 'What happened' },
    { kind: 'paragraph', text: incident.summary },
    { kind: 'heading', text: 'Impact' },
    {
      kind: 'paragraph',
      text:
        `Severity ${severityWords(incident)}: ${SEVERITY_INFO[incident.severity].criteria} ` +
        `Affected: ${listOrNone(
          incident.affectedSystems.map((s) => s.model),
          'no AI system named yet',
        )}. ` +
        `Impact: ${listOrNone(flags, 'none of the listed impacts')}.`,
    },
    { kind: 'heading', text: 'Status' },
    { kind: 'paragraph', text: status },
    { kind: 'fields', fields: keyTimeFields(incident, source.evidence) },
    { kind: 'heading', text: 'Recent decisions' },
    lastDecisions.length === 0
      ? { kind: 'paragraph', text: 'No decision has been recorded yet.', tone: 'muted' }
      : {
          kind: 'fields',
          fields: lastDecisions.map((entry) => {
            const correction = corrections.get(entry.id);
            return {
              label: reportTime(entry.occurredAt),
              value: correction ? `${correction.text} (corrected: ${correction.reason})` : entry.text,
            };
          }),
        },
    { kind: 'heading', text: 'Next decisions' },
    { kind: 'paragraph', text: nextDecisions(source) },
    {
      kind: 'paragraph',
      text: `Type: ${typeWords(incident)}. Audit-chain head: entry ${source.auditHead.seq}.`,
      tone: 'muted',
    },
  ];
  return frame(source, 'executive-brief', blocks, []);
}

/** Each chosen evidence item: metadata, hash, full custody log and verification results. */
export function buildCustodyReport(source: ReportSource): ReportDocument {
  const wanted = source.evidenceIds === undefined ? undefined : new Set(source.evidenceIds);
  const items = (source.evidence ?? []).filter((item) => wanted === undefined || wanted.has(item.id));
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: `This report records the chain of custody of ${items.length} evidence item${items.length === 1 ? '' : 's'} held for ${source.subject.ref}.`,
    },
  ];
  if (items.length === 0) blocks.push({ kind: 'paragraph', text: 'No evidence item was chosen.', tone: 'warning' });
  for (const item of items) {
    blocks.push(
      { kind: 'heading', text: item.name },
      {
        kind: 'fields',
        fields: [
          { label: 'Evidence id', value: item.id, mono: true },
          { label: 'Media type', value: item.mediaType },
          { label: 'Size', value: formatBytesExactly(item.size) },
          { label: 'SHA-256', value: item.sha256, mono: true },
          { label: 'Acquired', value: `${reportTime(item.acquiredAt)} by ${item.acquiredBy}` },
        ],
      },
      { kind: 'subheading', text: 'Custody log' },
      {
        kind: 'table',
        columns: [
          { header: 'Time', width: 1.6 },
          { header: 'Action', width: 1.3 },
          { header: 'By', width: 1.5 },
          { header: 'Note', width: 4 },
        ],
        rows: item.custodyLog.map((event) => [reportTime(event.at), event.action, event.actor, event.note || '—']),
        empty: 'No custody events were recorded.',
      },
      { kind: 'subheading', text: 'Verification results' },
      {
        kind: 'table',
        columns: [
          { header: 'Time', width: 1.6 },
          { header: 'By', width: 1.5 },
          { header: 'Result', width: 1.2 },
          { header: 'Detail', width: 4 },
        ],
        rows: item.verifications.map((check) => [
          reportTime(check.at),
          check.by,
          check.ok ? 'Hash matches' : 'MISMATCH',
          check.detail || '—',
        ]),
        empty: 'The item has not been re-verified since intake.',
      },
    );
  }
  blocks.push(...integrityBlocks(source));
  return frame(source, 'custody-report', blocks, items);
}

/** The blameless post-incident review with its action items (and their chart); its subject is the review. */
export function buildReviewReport(source: ReportSource): ReportDocument {
  const review = source.review;
  if (!review) throw new Error('The post-incident review report needs the review.');
  const linked = new Set(review.actionItems.flatMap((item) => (item.link?.kind === 'evidence' ? [item.link.id] : [])));
  const cited = (source.evidence ?? []).filter((item) => linked.has(item.id));
  return {
    ...frame(source, 'post-incident-review', reviewBlocks(source, review), cited),
    banner: `${severityWords(source.incident)} · ${source.incident.ref} · Blameless review`,
    cover: reviewCoverFields(source, review),
  };
}

/** What each report type is built from: an incident's records, or (the AAR/IP) an exercise's. */
type SourceOf<T extends ReportType> = T extends 'after-action-report' ? ExerciseReportSource : ReportSource;
/** Any report's source. */
export type AnyReportSource = ReportSource | ExerciseReportSource;

export const REPORT_BUILDERS: { readonly [T in ReportType]: (source: SourceOf<T>) => ReportDocument } = {
  'incident-report': buildIncidentReport,
  'executive-brief': buildExecutiveBrief,
  'custody-report': buildCustodyReport,
  'after-action-report': buildAfterActionReport,
  'post-incident-review': buildReviewReport,
};

export function buildReport(type: ReportType, source: AnyReportSource): ReportDocument {
  if (!REPORT_TYPE_SUBJECTS[type].includes(source.subject.kind)) {
    throw new Error(
      `The ${REPORT_TYPE_LABELS[type].toLowerCase()} is not made for a subject of kind “${source.subject.kind}”.`,
    );
  }
  if (type === 'after-action-report') {
    if (!('exercise' in source)) throw new Error('The after-action report needs the exercise’s records.');
    return REPORT_BUILDERS[type](source);
  }
  if (!('incident' in source))
    throw new Error(`The ${REPORT_TYPE_LABELS[type].toLowerCase()} needs the incident’s records.`);
  return REPORT_BUILDERS[type](source);
}

/** A file name such as "INC-2026-0042 incident report.pdf". */
export function reportFileName(type: ReportType, reference: string): string {
  return `${reference} ${REPORT_TYPE_LABELS[type].toLowerCase()}.pdf`;
}
