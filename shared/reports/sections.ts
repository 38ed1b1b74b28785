/**
 * Sections several report types share: classification, key times, affected systems, roles, timeline, checklist,
 * evidence. Each returns blocks from stored records and nothing else.
 */
import { ENTRY_KIND_LABELS, latestCorrections, type CorrectionEntry, type TimelineEntry } from '../domain/timeline';
import type { Incident } from '../domain/incidents/incident';
import { MILESTONE_LABELS, type Milestone, type MilestoneFact } from '../domain/incidents/milestones';
import {
  ATLAS_TECHNIQUES,
  IMPACT_FLAG_LABELS,
  INCIDENT_TYPE_INFO,
  PHASES,
  PHASE_LABELS,
  SEVERITY_INFO,
} from '../domain/incidents/taxonomy';
import { checklistByPhaseChart } from './chart';
import type { ReportBlock, ReportField } from './document';
import { formatBytes } from '../domain/byteSize';
import { listOrNone, reportTime } from './format';
import {
  CHECKLIST_STATUS_LABELS,
  type ReportChecklistItem,
  type ReportContext,
  type ReportEvidenceItem,
  type ReportSource,
} from './inputs';
import type { ReportManifest } from './manifest';
import { MANIFEST_FORMAT } from './manifest';

const ROLE_WORDS: Readonly<Record<string, string>> = {
  'incident-commander': 'Incident commander',
  'ai-safety-lead': 'AI safety lead',
  'security-analyst': 'Security analyst',
  'data-scientist': 'Data scientist',
  'communications-lead': 'Communications lead',
  'legal-advisor': 'Legal advisor',
};

export function roleWords(role: string): string {
  return ROLE_WORDS[role] ?? role.replace(/[-_]+/g, ' ');
}

export function severityWords(incident: Incident): string {
  return `${incident.severity} — ${SEVERITY_INFO[incident.severity].label}`;
}

export function typeWords(incident: Incident): string {
  return incident.types.map((type) => INCIDENT_TYPE_INFO[type].label).join(', ');
}

export function atlasWords(incident: Incident): string {
  return listOrNone(
    incident.atlasTechniques.map((id) => {
      const name = (ATLAS_TECHNIQUES as Readonly<Record<string, string>>)[id];
      return name === undefined ? id : `${id} ${name}`;
    }),
  );
}

function milestoneWords(fact: MilestoneFact, evidence: readonly ReportEvidenceItem[] | undefined): string {
  const cited = fact.evidenceIds.map((id) => evidence?.find((item) => item.id === id)?.name ?? `evidence ${id}`);
  return [
    `${reportTime(fact.at)} (recorded by ${fact.recordedBy}, ${reportTime(fact.recordedAt)})`,
    cited.length > 0 ? `Evidence: ${cited.join(', ')}` : '',
    fact.note !== '' ? `Note: ${fact.note}` : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Detected, aware, declared; then each milestone only as what was recorded: "Containment phase entered" is when the
 * incident moved into that phase, "Contained" is the fact someone recorded (when, by whom, on what evidence). A
 * milestone nobody recorded reads "Not recorded", never a time borrowed from a phase change.
 */
export function keyTimeFields(incident: Incident, evidence?: readonly ReportEvidenceItem[]): ReportField[] {
  const fact = (milestone: Milestone): ReportField => {
    const recorded = incident.milestones[milestone];
    return {
      label: MILESTONE_LABELS[milestone],
      value: recorded === undefined ? 'Not recorded' : milestoneWords(recorded, evidence),
    };
  };
  const entered = (label: string, at: string | undefined): ReportField => ({
    label,
    value: at === undefined ? 'Not yet' : reportTime(at),
  });
  const fields: ReportField[] = [
    { label: 'Detected', value: reportTime(incident.detectedAt) },
    { label: 'Aware', value: reportTime(incident.awareAt) },
    { label: 'Declared', value: reportTime(incident.declaredAt) },
  ];
  if (incident.milestones.impactStarted !== undefined) fields.unshift(fact('impactStarted'));
  if (incident.milestones.acknowledged !== undefined) fields.push(fact('acknowledged'));
  fields.push(
    entered('Containment phase entered', incident.phaseEnteredAt.containment),
    fact('contained'),
    entered('Recovery phase entered', incident.phaseEnteredAt.recovery),
    fact('recovered'),
  );
  return fields;
}

/** What ties a report to its installation: the audit-chain head and the signing certificate (`unsigned` until signed). */
export function signingFields(source: ReportContext, unsigned = 'Unsigned preview'): ReportField[] {
  return [
    { label: 'Audit-chain head', value: `entry ${source.auditHead.seq}, ${source.auditHead.hash}`, mono: true },
    {
      label: 'Signing certificate SHA-256',
      value: source.signerFingerprint === '' ? unsigned : source.signerFingerprint,
      mono: true,
    },
  ];
}

export function coverFields(source: ReportSource): ReportField[] {
  const { incident } = source;
  return [
    { label: 'Reference', value: incident.ref, mono: true },
    { label: 'Severity', value: severityWords(incident) },
    { label: 'Phase', value: PHASE_LABELS[incident.phase] },
    { label: 'Incident types', value: typeWords(incident) },
    { label: 'MITRE ATLAS', value: atlasWords(incident) },
    ...keyTimeFields(incident, source.evidence),
    { label: 'Jurisdictions', value: listOrNone(incident.jurisdictions) },
    ...signingFields(source),
    { label: 'Generated', value: `${reportTime(source.generatedAt)} by ${source.generatedBy}` },
  ];
}

export function affectedSystemsBlocks(incident: Incident): ReportBlock[] {
  return [
    { kind: 'heading', text: 'Affected AI systems' },
    {
      kind: 'table',
      columns: [
        { header: 'Model or system', width: 3 },
        { header: 'Version', width: 1.4 },
        { header: 'Dataset', width: 2 },
        { header: 'Endpoint', width: 2.4 },
        { header: 'Owner', width: 1.6 },
      ],
      rows: incident.affectedSystems.map((s) => [s.model, s.version, s.dataset, s.endpoint, s.owner]),
      empty: 'No affected AI systems were recorded.',
    },
  ];
}

export function impactBlocks(incident: Incident): ReportBlock[] {
  const flags = incident.impactFlags.map((flag) => IMPACT_FLAG_LABELS[flag]);
  const reporter = incident.reporter.confidential
    ? 'Confidential — the reporter’s identity is withheld and was never stored.'
    : listOrNone(
        [incident.reporter.name, incident.reporter.contact].filter((part) => part !== ''),
        'Not recorded',
      );
  return [
    { kind: 'heading', text: 'Impact' },
    {
      kind: 'fields',
      fields: [
        { label: 'Impact flags', value: listOrNone(flags, 'None of the listed impacts') },
        { label: 'Jurisdictions', value: listOrNone(incident.jurisdictions) },
        { label: 'Reporter', value: reporter },
      ],
    },
  ];
}

export function rolesBlocks(incident: Incident): ReportBlock[] {
  return [
    { kind: 'heading', text: 'Roles' },
    {
      kind: 'table',
      columns: [
        { header: 'Role', width: 2 },
        { header: 'Primary', width: 2 },
        { header: 'Backup', width: 2 },
      ],
      rows: incident.roles.map((role) => [roleWords(role.role), role.primary, role.backup || '—']),
      empty: 'No roles were assigned.',
    },
  ];
}

function entryWords(entry: TimelineEntry, correction: CorrectionEntry | undefined): string {
  if (correction) {
    // The corrected text is what the record says now; the note keeps the original readable for the reader.
    return (
      `${correction.text}\n(Corrected by ${correction.createdBy} at ${reportTime(correction.createdAt)}: ` +
      `${correction.reason} Originally: “${entry.text}”)`
    );
  }
  if (entry.kind === 'phase-change' && entry.reason !== '') return `${entry.text} Reason: ${entry.reason}`;
  if (entry.kind === 'edit') {
    const changes = entry.changes.map((change) => `${change.label}: “${change.before}” → “${change.after}”`);
    return [entry.text, ...changes].join('\n');
  }
  return entry.text;
}

/**
 * Every entry, in the order things happened, with both the event time and the time it was written down. A corrected
 * entry prints its corrected text and notes the correction (who, when, why, the original); the correction entries
 * themselves are folded into it rather than printed twice.
 */
export function timelineBlocks(timeline: readonly TimelineEntry[]): ReportBlock[] {
  const corrections = latestCorrections(timeline);
  const entries = timeline
    .filter((entry) => entry.deletedAt === null && entry.kind !== 'correction')
    .toSorted((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.createdAt.localeCompare(b.createdAt));
  return [
    { kind: 'heading', text: 'Timeline' },
    {
      kind: 'table',
      columns: [
        { header: 'Event time', width: 1.45 },
        { header: 'Entry time', width: 1.45 },
        { header: 'Kind', width: 1.55 },
        { header: 'By', width: 1.3 },
        { header: 'What happened', width: 4.4 },
      ],
      rows: entries.map((entry) => {
        const correction = corrections.get(entry.id);
        return [
          reportTime(entry.occurredAt),
          reportTime(entry.createdAt),
          correction ? `${ENTRY_KIND_LABELS[entry.kind]} (corrected)` : ENTRY_KIND_LABELS[entry.kind],
          entry.createdBy,
          entryWords(entry, correction),
        ];
      }),
      empty: 'Nothing has been written on the timeline.',
    },
  ];
}

/** "Skipped — reason: …": a skipped or blocked step always carries the reason recorded for it. */
function statusWords(item: ReportChecklistItem): string {
  const status = CHECKLIST_STATUS_LABELS[item.status];
  if (item.status !== 'skipped' && item.status !== 'blocked') return status;
  return `${status} — reason: ${item.reason === '' ? 'none recorded' : item.reason}`;
}

/** Checklist status by phase; absent until checklists exist. */
export function checklistBlocks(checklist: readonly ReportChecklistItem[] | undefined): ReportBlock[] {
  if (checklist === undefined) return [];
  const blocks: ReportBlock[] = [{ kind: 'heading', text: 'Checklist status by phase' }];
  if (checklist.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'No runbook has been applied to this incident.', tone: 'muted' });
    return blocks;
  }
  blocks.push(checklistByPhaseChart(checklist));
  for (const phase of PHASES) {
    const items = checklist.filter((item) => item.phase === phase);
    if (items.length === 0) continue;
    const done = items.filter((item) => item.status === 'done').length;
    blocks.push({ kind: 'subheading', text: `${PHASE_LABELS[phase]} — ${done} of ${items.length} done` });
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Step', width: 3.4 },
        { header: 'Owner', width: 1.5 },
        { header: 'Status', width: 2.2 },
        { header: 'Due', width: 1.4 },
        { header: 'Completed', width: 1.9 },
      ],
      rows: items.map((item) => [
        item.title,
        item.owner || '—',
        statusWords(item),
        reportTime(item.dueAt),
        item.completedAt === '' ? '—' : `${reportTime(item.completedAt)} by ${item.completedBy}`,
      ]),
      empty: '',
    });
  }
  return blocks;
}

function holdWords(item: ReportEvidenceItem): string {
  if (item.legalHold === null) return item.custodySummary;
  const hold = item.legalHold;
  return `${item.custodySummary}\nON LEGAL HOLD since ${reportTime(hold.placedAt)} (${hold.placedBy}): ${hold.reason}`;
}

/** Evidence with SHA-256, custody summary and legal hold; absent until the evidence locker exists. */
export function evidenceBlocks(evidence: readonly ReportEvidenceItem[] | undefined): ReportBlock[] {
  if (evidence === undefined) return [];
  const held = evidence.filter((item) => item.legalHold !== null);
  const holdLine =
    evidence.length === 0
      ? []
      : [
          {
            kind: 'paragraph' as const,
            text:
              held.length === 0
                ? 'No evidence item is on legal hold.'
                : `On legal hold (${held.length} of ${evidence.length}): ${held.map((item) => item.name).join(', ')}.`,
            tone: held.length === 0 ? ('muted' as const) : ('warning' as const),
          },
        ];
  return [
    { kind: 'heading', text: 'Evidence' },
    ...holdLine,
    {
      kind: 'table',
      columns: [
        { header: 'Item', width: 2.3 },
        { header: 'Type and size', width: 1.6 },
        { header: 'Acquired', width: 1.8 },
        { header: 'SHA-256', width: 3.1, mono: true },
        { header: 'Custody and hold', width: 2.2 },
      ],
      rows: evidence.map((item) => [
        item.name,
        `${item.mediaType}\n${formatBytes(item.size)}`,
        `${reportTime(item.acquiredAt)} by ${item.acquiredBy}`,
        item.sha256,
        holdWords(item),
      ]),
      empty: 'No evidence has been attached.',
    },
  ];
}

export function integrityBlocks(source: ReportContext): ReportBlock[] {
  return [
    { kind: 'heading', text: 'Integrity' },
    {
      kind: 'paragraph',
      text:
        'This report is signed with an embedded PDF signature. It carries a machine-readable manifest ' +
        '(firebreak-manifest.json, attached to the PDF) listing the SHA-256 of every evidence item it cites and ' +
        'the head of the audit chain it was produced from. Check it with any PDF signature validator, or with ' +
        'the command firebreak-verify report.pdf --evidence DIR.',
      tone: 'muted',
    },
    {
      kind: 'fields',
      fields: [
        ...signingFields(source, 'Not yet signed'),
        { label: 'Generated by', value: source.generatedBy },
        { label: 'Generated at', value: reportTime(source.generatedAt) },
      ],
    },
  ];
}

export function manifestFor(
  source: ReportContext,
  reportType: string,
  evidence: readonly ReportEvidenceItem[],
): ReportManifest {
  return {
    format: MANIFEST_FORMAT,
    version: 2,
    reportType,
    subject: { kind: source.subject.kind, id: source.subject.id, ref: source.subject.ref },
    generatedAt: source.generatedAt,
    generatedBy: source.generatedBy,
    signerFingerprint: source.signerFingerprint,
    evidence: evidence.map((item) => ({ id: item.id, name: item.name, sha256: item.sha256 })),
    auditHead: { seq: source.auditHead.seq, hash: source.auditHead.hash },
  };
}
