/**
 * A regulatory filing: one per incident, regime and stage, its own subject (kind `filing`, reference FIL-…). It holds
 * the content the regime asks for (`items`, keyed by the ids in `requirements.ts`), moves draft → approved →
 * submitted, and records who approved it (the incident's legal advisor) and when it was submitted with the
 * authority's reference. Editing an approved filing returns it to draft; a submitted filing is never edited.
 */
import { z } from 'zod';
import { personIdSchema, recordMetaSchema } from '../record';
import { regimeIdSchema } from '../regulatory/regulatoryProfile';
import { subjectSchema, type Subject } from '../subject';
import { isoTimestampSchema } from '../time';
import type { Incident } from '../incidents/incident';

export const FILING_STATUSES = ['draft', 'approved', 'submitted'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];
export const FILING_STATUS_LABELS: Readonly<Record<FilingStatus, string>> = {
  draft: 'Draft',
  approved: 'Approved',
  submitted: 'Submitted',
};

export const filingItemValueSchema = z.string().max(20_000, 'Keep each item under 20,000 characters.');
export const filingItemsSchema = z.record(z.string().max(40), filingItemValueSchema);

/** The legal role's sign-off: who (a person holding the incident's legal-advisor role) and when. */
export const legalApprovalSchema = z.object({
  approver: z.string().max(120),
  approverId: personIdSchema,
  approvedAt: isoTimestampSchema,
});
export type LegalApproval = z.infer<typeof legalApprovalSchema>;

export const authorityReferenceSchema = z
  .string()
  .trim()
  .max(200, 'Keep the authority’s reference under 200 characters.');

export const filingSubmissionSchema = z.object({
  submittedAt: isoTimestampSchema,
  authorityReference: authorityReferenceSchema,
  recordedBy: z.string().max(120),
  recordedById: personIdSchema,
  recordedAt: isoTimestampSchema,
});

export const filingSchema = recordMetaSchema.extend({
  /** The incident the filing is about. */
  subject: subjectSchema,
  ref: z.string().regex(/^FIL-[A-Z0-9-]+$/, 'A filing reference looks like FIL-2026-LON-0042-01.'),
  regime: regimeIdSchema,
  stage: z.string().max(40),
  status: z.enum(FILING_STATUSES),
  items: filingItemsSchema,
  /** The rules and requirements versions the draft was made under. */
  rulesVersion: z.string().max(20),
  requirementsVersion: z.string().max(20),
  approval: legalApprovalSchema.nullable().default(null),
  submission: filingSubmissionSchema.nullable().default(null),
});
export type Filing = z.infer<typeof filingSchema>;

/** What saving a draft sends: the items as the form holds them. */
export const saveFilingSchema = z.object({ items: filingItemsSchema });

/** What recording a submission sends. */
export const recordFilingSubmissionSchema = z.object({
  submittedAt: isoTimestampSchema,
  authorityReference: authorityReferenceSchema.min(1, 'Give the reference the authority gave the filing.'),
});
export type RecordFilingSubmissionInput = z.input<typeof recordFilingSubmissionSchema>;

/** INC-2026-LON-0042 and the incident's third filing → FIL-2026-LON-0042-03. */
export function filingRefOf(incidentRef: string, ordinal: number): string {
  return `FIL-${incidentRef.replace(/^INC-/, '')}-${String(ordinal).padStart(2, '0')}`;
}

export function filingSubject(filing: { readonly id: string; readonly ref: string }): Subject {
  return { kind: 'filing', id: filing.id, ref: filing.ref };
}

export const LEGAL_ROLE = 'legal-advisor';

/** The people who may approve for the legal role: the incident's legal advisor and their backup. */
export function legalApproverIds(incident: Pick<Incident, 'roles'>): string[] {
  return incident.roles
    .filter((role) => role.role === LEGAL_ROLE)
    .flatMap((role) => [role.primaryId, ...(role.backupId ? [role.backupId] : [])]);
}

/** Why this person may not approve for the legal role, in words; undefined when they may. */
export function legalApprovalRefusal(incident: Pick<Incident, 'roles'>, personId: string): string | undefined {
  const approvers = legalApproverIds(incident);
  if (approvers.length === 0) {
    return 'Approval is by the legal role: assign the incident’s Legal advisor first (Response team).';
  }
  return approvers.includes(personId)
    ? undefined
    : 'Only the incident’s Legal advisor (or their backup) can approve this.';
}
