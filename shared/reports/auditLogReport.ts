/**
 * The audit-log report: a filtered view of the audit log as a signed PDF, with the filter used and the result of
 * verifying the whole hash chain beside it. Its subject is the report itself (kind `audit`, a fresh id, a reference
 * naming the day), as it is about the log, not one record. The PDF prints at most `AUDIT_REPORT_MAX_ENTRIES` entries
 * (the newest) and says how many it leaves out; the CSV export carries every entry of the view.
 */
import type { AuditChainReport } from '../domain/audit';
import { AUDIT_OPERATION_LABELS, auditEntityWords, type AuditLogRow } from '../domain/auditLog/view';
import type { Subject } from '../domain/subject';
import type { ReportBlock, ReportDocument } from './document';
import { reportTime } from './format';
import type { ReportContext } from './inputs';
import { manifestFor, signingFields } from './sections';

export const AUDIT_LOG_REPORT_TYPE = 'audit-log-report';
export const AUDIT_LOG_REPORT_LABEL = 'Audit log report';
export const AUDIT_REPORT_MAX_ENTRIES = 2_000;
/** How many hex digits of each hash the table prints; the CSV carries them whole. */
const HASH_PREFIX = 16;

export interface AuditChainCheck {
  readonly report: AuditChainReport;
  /** When the verification finished (ISO). */
  readonly checkedAt: string;
}

export interface AuditLogReportInput extends ReportContext {
  /** The report's own subject: `{ kind: 'audit', id: <new UUIDv7>, ref: 'AUDIT-2026-11-30' }`. */
  readonly subject: Subject;
  /** The entries of the view, in log order. */
  readonly rows: readonly AuditLogRow[];
  /** How many entries the log held when the view was taken. */
  readonly totalEntries: number;
  /** The filter in words. */
  readonly filterWords: string;
  readonly chain: AuditChainCheck;
}

/** "AUDIT-2026-11-30": the day the report was made. */
export function auditLogReportRef(generatedAt: string): string {
  return `AUDIT-${generatedAt.slice(0, 10)}`;
}

/** The chain verification result in words, as on screen. */
export function chainCheckWords(chain: AuditChainCheck): string {
  const { report } = chain;
  return report.ok
    ? `Intact: all ${report.count.toLocaleString('en-GB')} entries link to each other and to the recorded head ` +
        `(entry ${report.head.seq}), checked ${reportTime(chain.checkedAt)}.`
    : `BROKEN at entry ${report.seq}: ${report.problem} Entries from there on cannot be relied on. ` +
        `Checked ${reportTime(chain.checkedAt)}.`;
}

const prefix = (hash: string | null): string => (hash === null ? '—' : hash.slice(0, HASH_PREFIX));

function entriesBlock(rows: readonly AuditLogRow[]): ReportBlock {
  return {
    kind: 'table',
    columns: [
      { header: 'Entry', width: 0.7 },
      { header: 'Time (UTC)', width: 1.6 },
      { header: 'Actor', width: 1.5 },
      { header: 'Action', width: 1 },
      { header: 'Subject', width: 2.4, mono: true },
      { header: 'Before', width: 1.6, mono: true },
      { header: 'After', width: 1.6, mono: true },
    ],
    rows: rows.map(({ entry, beforeHash }) => [
      String(entry.seq),
      reportTime(entry.at),
      entry.actor,
      AUDIT_OPERATION_LABELS[entry.op],
      `${auditEntityWords(entry.entity)} ${entry.entityId}`,
      prefix(beforeHash),
      prefix(entry.valueHash),
    ]),
    empty: 'No entry matches the filter.',
  };
}

export function buildAuditLogReport(input: AuditLogReportInput): ReportDocument {
  const { rows, chain } = input;
  const printed = rows.slice(-AUDIT_REPORT_MAX_ENTRIES);
  const left = rows.length - printed.length;
  const blocks: ReportBlock[] = [
    { kind: 'heading', text: 'Chain verification' },
    { kind: 'paragraph', text: chainCheckWords(chain), tone: chain.report.ok ? 'normal' : 'warning' },
    {
      kind: 'paragraph',
      text:
        'Every change to a stored record appends one entry to the audit log in the same transaction. Each entry ' +
        'carries the hash of the entry before it and its own hash, and the last entry is anchored apart, so an ' +
        'edited, removed, inserted or reordered entry is detected. The verification above covers the whole log, ' +
        'not only the entries listed here.',
      tone: 'muted',
    },
    { kind: 'heading', text: 'Entries' },
    {
      kind: 'paragraph',
      text:
        `${rows.length.toLocaleString('en-GB')} of ${input.totalEntries.toLocaleString('en-GB')} entries match ` +
        `the filter (${input.filterWords}).` +
        (left > 0
          ? ` This report prints the newest ${printed.length.toLocaleString('en-GB')}; the ${left.toLocaleString('en-GB')} ` +
            'earlier ones are left out. Export the view as CSV for every entry.'
          : ''),
    },
    {
      kind: 'paragraph',
      text:
        `Before and After are the first ${HASH_PREFIX} hex digits of the SHA-256 of the record's value before and ` +
        'after the change (— when the entry created the record); the CSV export carries them in full.',
      tone: 'muted',
    },
    entriesBlock(printed),
  ];
  return {
    type: AUDIT_LOG_REPORT_TYPE,
    kind: AUDIT_LOG_REPORT_LABEL,
    title: 'Audit log',
    subject: input.subject,
    layout: { coverPageBreak: false },
    banner: chain.report.ok ? 'Chain intact' : `Chain BROKEN at entry ${chain.report.seq}`,
    cover: [
      { label: 'Filter', value: input.filterWords },
      { label: 'Entries', value: `${rows.length} of ${input.totalEntries}` },
      { label: 'Chain verification', value: chainCheckWords(chain) },
      ...signingFields(input),
    ],
    blocks,
    generatedAt: input.generatedAt,
    generatedBy: input.generatedBy,
    signerFingerprint: input.signerFingerprint,
    manifest: manifestFor(input, AUDIT_LOG_REPORT_TYPE, []),
  };
}
