/**
 * What report builders read: stored records plus the optional sections other capabilities provide. Evidence and
 * checklists are optional inputs with minimal shapes of their own, so their sections appear as soon as those
 * capabilities hand records over, without changing the builders' callers.
 */
import { z } from 'zod';
import type { AuditHead } from '../domain/audit';
import { sha256HexSchema } from '../domain/hashSchema';
import type { Incident } from '../domain/incidents/incident';
import { phaseSchema } from '../domain/incidents/taxonomy';
import type { Subject } from '../domain/subject';
import type { TimelineEntry } from '../domain/timeline';
import type { ActionItem } from '../domain/reviews/actionItem';
import type { Review } from '../domain/reviews/review';

export const reportCustodyEventSchema = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  note: z.string().default(''),
});
export type ReportCustodyEvent = z.infer<typeof reportCustodyEventSchema>;

export const reportVerificationSchema = z.object({
  at: z.string(),
  by: z.string(),
  ok: z.boolean(),
  detail: z.string().default(''),
});
export type ReportVerification = z.infer<typeof reportVerificationSchema>;

export const reportEvidenceItemSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  mediaType: z.string(),
  size: z.number().int().min(0),
  sha256: sha256HexSchema,
  acquiredAt: z.string(),
  acquiredBy: z.string(),
  /** One line, e.g. "5 events; last: verified by A. Chen". */
  custodySummary: z.string(),
  /** The full log; only the chain-of-custody report needs it. */
  custodyLog: z.array(reportCustodyEventSchema).default([]),
  verifications: z.array(reportVerificationSchema).default([]),
  /** The legal hold on the item when the report was made, or null. */
  legalHold: z.object({ placedAt: z.string(), placedBy: z.string(), reason: z.string() }).nullable().default(null),
});
export type ReportEvidenceItem = z.infer<typeof reportEvidenceItemSchema>;

export const CHECKLIST_STATUSES = ['open', 'in-progress', 'blocked', 'done', 'skipped'] as const;
export const CHECKLIST_STATUS_LABELS: Readonly<Record<(typeof CHECKLIST_STATUSES)[number], string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  skipped: 'Skipped',
};
export const reportChecklistItemSchema = z.object({
  phase: phaseSchema,
  title: z.string().min(1),
  owner: z.string().default(''),
  status: z.enum(CHECKLIST_STATUSES),
  dueAt: z.string().default(''),
  completedAt: z.string().default(''),
  completedBy: z.string().default(''),
  /** The reason recorded for skipping or blocking the step. */
  reason: z.string().default(''),
});
export type ReportChecklistItem = z.infer<typeof reportChecklistItemSchema>;

/** What every report carries whatever its subject: the subject, the audit head it was made from, who and when. */
export interface ReportContext {
  /** What the report is about: the manifest and every page name it. */
  readonly subject: Subject;
  readonly auditHead: AuditHead;
  readonly generatedAt: string;
  readonly generatedBy: string;
  readonly signerFingerprint: string;
}

export interface ReportSource extends ReportContext {
  /** The subject's incident record: every report type today is about an incident (see `REPORT_TYPE_SUBJECTS`). */
  readonly incident: Incident;
  readonly timeline: readonly TimelineEntry[];
  readonly auditHead: AuditHead;
  readonly evidence?: readonly ReportEvidenceItem[];
  readonly checklist?: readonly ReportChecklistItem[];
  readonly generatedAt: string;
  readonly generatedBy: string;
  readonly signerFingerprint: string;
  /** The chain-of-custody report covers only these evidence ids (all when absent). */
  readonly evidenceIds?: readonly string[];
  /** For a report about a post-incident review: the review and its action items. */
  readonly review?: { readonly record: Review; readonly actionItems: readonly ActionItem[] };
}
