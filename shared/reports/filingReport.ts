/**
 * The regulatory filing as a signed PDF, and an audience message as one. A filing report's subject is the filing
 * (kind `filing`, FIL-…); it prints the regime's required content item by item with the provision each answers, what
 * is still missing, the deadline and the rule that produced it, the rules and requirements versions, who approved it
 * for the legal role and when it was submitted, and cites the incident's evidence by SHA-256 in its manifest. An
 * audience message's report is about its incident and prints the version being sent with the version history.
 */
import { MESSAGE_AUDIENCE_LABELS, latestVersion, type AudienceMessage } from '../domain/filings/audienceMessage';
import { FILING_STATUS_LABELS, type Filing } from '../domain/filings/filing';
import { missingItems, type FilingKind } from '../domain/filings/requirements';
import type { RegulatoryClock } from '../domain/regulatory/clockEngine';
import type { ReportBlock, ReportDocument, ReportField } from './document';
import { reportTime } from './format';
import type { ReportSource } from './inputs';
import { evidenceBlocks, integrityBlocks, manifestFor, severityWords } from './sections';

export const FILING_REPORT_TYPE = 'regulatory-filing';
export const FILING_REPORT_LABEL = 'Regulatory filing';
export const MESSAGE_REPORT_TYPE = 'audience-message';
export const MESSAGE_REPORT_LABEL = 'Message';

export interface FilingReportInput {
  /** The incident's records; `subject` is the filing's. */
  readonly source: ReportSource;
  readonly filing: Filing;
  readonly kind: FilingKind;
  readonly regimeName: string;
  /** The filing's clock now (undefined when the regime no longer applies). */
  readonly clock: RegulatoryClock | undefined;
  readonly late: boolean;
}

function statusWords(filing: Filing): string {
  if (filing.submission) {
    return `Submitted ${reportTime(filing.submission.submittedAt)}; authority’s reference ${filing.submission.authorityReference}`;
  }
  if (filing.approval)
    return `Approved for the legal role by ${filing.approval.approver}, ${reportTime(filing.approval.approvedAt)}`;
  return `${FILING_STATUS_LABELS[filing.status]} — not approved by the legal role`;
}

/**
 * The cover's "To": the named authority (the first line of the filing's addressee item, without its contacts) beside
 * the kind of authority the regime names, or that kind alone while no authority is named.
 */
function addresseeOf(filing: Filing, kindOfAuthority: string): string {
  const named = (filing.items['addressee'] ?? '').split('\n')[0]!.split(': ')[0]!.trim();
  return named === '' ? kindOfAuthority : `${named} (${kindOfAuthority})`;
}

function deadlineFields(input: FilingReportInput): ReportField[] {
  const { clock } = input;
  if (!clock) return [{ label: 'Deadline', value: 'The regime no longer applies to the incident.' }];
  return [
    {
      label: 'Deadline',
      value:
        clock.dueAt === null
          ? `No deadline yet: waiting for ${clock.waitingFor ?? 'an anchor event'}`
          : `${reportTime(clock.dueAt)} (${clock.localDue ?? ''} ${clock.timeZone})${input.late ? ' — LATE' : ''}`,
    },
    { label: 'Rule', value: clock.basis },
    { label: 'Rules version', value: `${clock.rulesVersion} (filing drafted under ${input.filing.rulesVersion})` },
  ];
}

export function buildFilingReport(input: FilingReportInput): ReportDocument {
  const { source, filing, kind } = input;
  const { incident } = source;
  const missing = missingItems(kind, filing.items, input.late);
  const evidence = source.evidence ?? [];
  const blocks: ReportBlock[] = [];
  if (filing.status === 'draft') {
    blocks.push({ kind: 'paragraph', tone: 'warning', text: 'DRAFT: not approved by the legal role.' });
  }
  if (kind.note) blocks.push({ kind: 'paragraph', tone: 'warning', text: kind.note });
  if (missing.length > 0) {
    blocks.push({
      kind: 'paragraph',
      tone: 'warning',
      text: `Missing required items (${missing.length}): ${missing.map((item) => `${item.label} (${item.cite})`).join('; ')}.`,
    });
  }
  blocks.push({ kind: 'heading', text: 'Content' });
  for (const item of kind.items) {
    const value = (filing.items[item.id] ?? '').trim();
    blocks.push(
      { kind: 'subheading', text: item.label },
      {
        kind: 'paragraph',
        tone: 'muted',
        text: `${item.cite}${item.required === true ? ', required' : item.required === 'late' ? ', required when late' : ', optional'}`,
      },
      value === ''
        ? {
            kind: 'paragraph',
            tone: 'muted',
            // An empty "required when late" item of a filing within its deadline is not a gap: say so.
            text:
              item.required === 'late' && !input.late
                ? 'Not needed: the filing is within its deadline.'
                : 'Not provided.',
          }
        : { kind: 'paragraph', text: value },
    );
  }
  blocks.push(
    { kind: 'heading', text: 'Deadline' },
    { kind: 'fields', fields: deadlineFields(input) },
    ...evidenceBlocks(evidence),
    ...integrityBlocks(source),
  );
  return {
    type: FILING_REPORT_TYPE,
    kind: FILING_REPORT_LABEL,
    title: kind.title,
    subject: source.subject,
    layout: { coverPageBreak: false },
    // The subtitle is one line: the title already names the regime, whose full name would run off the page.
    banner: FILING_STATUS_LABELS[filing.status],
    cover: [
      { label: 'Filing', value: filing.ref, mono: true },
      { label: 'To', value: addresseeOf(filing, kind.authority) },
      { label: 'Regime', value: input.regimeName },
      { label: 'Status', value: statusWords(filing) },
      { label: 'Incident', value: `${incident.ref} — ${incident.title}` },
      { label: 'Severity', value: severityWords(incident) },
      { label: 'Requirements version', value: filing.requirementsVersion },
      { label: 'Generated', value: `${reportTime(source.generatedAt)} by ${source.generatedBy}` },
    ],
    blocks,
    generatedAt: source.generatedAt,
    generatedBy: source.generatedBy,
    signerFingerprint: source.signerFingerprint,
    manifest: manifestFor(source, FILING_REPORT_TYPE, evidence),
  };
}

export function buildMessageReport(source: ReportSource, message: AudienceMessage): ReportDocument {
  const latest = latestVersion(message);
  const audience = MESSAGE_AUDIENCE_LABELS[message.audience];
  const approved = message.approval?.version === latest.version;
  const blocks: ReportBlock[] = [
    ...(approved ? [] : [{ kind: 'paragraph', tone: 'warning', text: 'Not approved by the legal role.' } as const]),
    ...latest.body.split(/\n{2,}/).map((text): ReportBlock => ({ kind: 'paragraph', text })),
    { kind: 'heading', text: 'Versions' },
    {
      kind: 'table',
      columns: [
        { header: 'Version', width: 0.8 },
        { header: 'Saved', width: 1.8 },
        { header: 'By', width: 1.6 },
        { header: 'Approval', width: 2.4 },
      ],
      rows: message.versions.map((version) => [
        String(version.version),
        reportTime(version.savedAt),
        version.savedBy,
        message.approval?.version === version.version
          ? `Approved by ${message.approval.approver}, ${reportTime(message.approval.approvedAt)}`
          : '—',
      ]),
      empty: 'No versions.',
    },
    ...integrityBlocks(source),
  ];
  return {
    type: MESSAGE_REPORT_TYPE,
    kind: `${MESSAGE_REPORT_LABEL} to ${audience.toLowerCase()}`,
    title: source.incident.title,
    subject: source.subject,
    layout: { coverPageBreak: false },
    // The subtitle already begins with the incident's reference.
    banner: `${audience} · version ${latest.version}`,
    cover: [
      { label: 'Incident', value: source.incident.ref, mono: true },
      { label: 'Audience', value: audience },
      { label: 'Version', value: `${latest.version}, saved ${reportTime(latest.savedAt)} by ${latest.savedBy}` },
      {
        label: 'Approval',
        value:
          approved && message.approval
            ? `Approved for the legal role by ${message.approval.approver}, ${reportTime(message.approval.approvedAt)}`
            : 'Not approved',
      },
    ],
    blocks,
    generatedAt: source.generatedAt,
    generatedBy: source.generatedBy,
    signerFingerprint: source.signerFingerprint,
    manifest: manifestFor(source, MESSAGE_REPORT_TYPE, []),
  };
}

/** The message as plain text, for e-mail or a letter: the body and a line naming its version and approval. */
export function messageAsText(message: AudienceMessage, incidentRef: string): string {
  const latest = latestVersion(message);
  const approval =
    message.approval?.version === latest.version
      ? `approved for the legal role by ${message.approval.approver}`
      : 'not approved by the legal role';
  return `${latest.body}\n\n-- \n${incidentRef}, message to ${MESSAGE_AUDIENCE_LABELS[message.audience].toLowerCase()}, version ${latest.version}, ${approval}.\n`;
}
