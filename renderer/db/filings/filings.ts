/**
 * Filing repository: drafting a filing for a regime's stage (pre-filled from the incident, its regulatory profile,
 * its AI system snapshots and the registered DPO), saving its items, approval by the incident's legal role, and
 * recording its submission — which records the regulatory profile's submission in the same transaction, so the next
 * stage's clock starts. Each function validates with the shared schemas and runs in one write transaction; a refused
 * rule changes nothing. Practice incidents never file.
 */
import {
  filingRefOf,
  legalApprovalRefusal,
  recordFilingSubmissionSchema,
  saveFilingSchema,
  type Filing,
  type RecordFilingSubmissionInput,
} from '../../../shared/domain/filings/filing';
import { prefillFiling, type SnapshotEvidence } from '../../../shared/domain/filings/prefill';
import { FILING_REQUIREMENTS_VERSION, filingKindOf, missingItems } from '../../../shared/domain/filings/requirements';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { incidentRegulatoryClocks } from '../../../shared/domain/regulatory/incidentClocks';
import { regimeIdSchema, type RegulatoryProfile } from '../../../shared/domain/regulatory/regulatoryProfile';
import { REGULATORY_RULES_VERSION } from '../../../shared/domain/regulatory/rules';
import { incidentSubject } from '../../../shared/domain/subject';
import { parseOrRefuse, refuseIf, WriteRefusedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { liveEvidenceOfSubject } from '../evidence/queries';
import { requireLiveIncident } from '../incidents/queries';
import { liveRegulatoryProfile } from '../regulatory/queries';
import { stageSubmission } from '../regulatory/regulatoryProfiles';
import { listStakeholders } from '../stakeholders/queries';
import { writeTransaction, type Actor, type RecordWriter } from '../write';
import { filingCountOfIncident, liveFiling, liveFilingsOfIncident } from './queries';

function noteOnIncident(writer: RecordWriter, incident: Incident, text: string, at = writer.now): void {
  writer.create('timeline', { subject: incidentSubject(incident), kind: 'action', occurredAt: at, text });
}

/** The AI system snapshots held as evidence for the incident, oldest first. */
export async function snapshotEvidenceOf(db: FirebreakDatabase, incidentId: string): Promise<SnapshotEvidence[]> {
  const items = await liveEvidenceOfSubject(db, incidentId);
  return items
    .flatMap((item) =>
      item.snapshot ? [{ id: item.id, name: item.name, sha256: item.sha256, snapshot: item.snapshot }] : [],
    )
    .sort((a, b) => a.snapshot.capturedAt.localeCompare(b.snapshot.capturedAt));
}

/** The deadline of the filing's clock now (null when its anchor is not recorded). */
export function filingDueAt(incident: Incident, profile: RegulatoryProfile, filing: Pick<Filing, 'regime' | 'stage'>) {
  const clock = incidentRegulatoryClocks(incident, profile).find(
    (candidate) => candidate.regime === filing.regime && candidate.stage === filing.stage,
  );
  return clock?.dueAt ?? null;
}

/** Whether the filing is (or was) made after its deadline: then it must give the reasons for the delay. */
export function isLate(dueAt: string | null, submittedAt: string | undefined, now: string): boolean {
  return dueAt !== null && (submittedAt ?? now) > dueAt;
}

async function requireFilingContext(db: FirebreakDatabase, filingId: string) {
  const filing = await liveFiling(db, filingId);
  if (!filing) throw new WriteRefusedError('That filing no longer exists.');
  const incident = await requireLiveIncident(db, filing.subject.id);
  const profile = await liveRegulatoryProfile(db, incident.id);
  if (!profile) throw new WriteRefusedError('The incident has no regulatory profile any more.');
  return { filing, incident, profile };
}

/**
 * Starts the filing for a regime's stage, pre-filled from what is recorded; the incident's existing filing for that
 * stage is returned instead of a second one.
 */
export async function draftFiling(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: { readonly regime: string; readonly stage: string },
): Promise<Filing> {
  const regime = parseOrRefuse(regimeIdSchema, 'regime', input.regime);
  const kind = filingKindOf(regime, input.stage);
  if (!kind) throw new WriteRefusedError('This regime has no such stage.');
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    refuseIf(
      incident.exercise !== null ? 'This is a practice incident of an exercise: exercises never file.' : undefined,
    );
    const profile = await liveRegulatoryProfile(db, incident.id);
    refuseIf(
      profile?.regimes.some((held) => held.regime === regime)
        ? undefined
        : 'This regime does not apply to the incident: add it under Regulatory clocks first.',
    );
    const existing = (await liveFilingsOfIncident(db, incident.id)).find(
      (filing) => filing.regime === regime && filing.stage === input.stage,
    );
    if (existing) return existing;
    const items = prefillFiling(regime, input.stage, {
      incident,
      profile: profile!,
      snapshots: await snapshotEvidenceOf(db, incident.id),
      stakeholders: await listStakeholders(db),
    });
    const filing = writer.create('filing', {
      subject: incidentSubject(incident),
      ref: filingRefOf(incident.ref, (await filingCountOfIncident(db, incident.id)) + 1),
      regime,
      stage: input.stage,
      status: 'draft',
      items,
      rulesVersion: REGULATORY_RULES_VERSION,
      requirementsVersion: FILING_REQUIREMENTS_VERSION,
    });
    noteOnIncident(writer, incident, `Drafted the filing ${filing.ref}: ${kind.title}.`);
    return filing;
  });
}

/** Saves the items; an approved filing returns to draft (its approval was for other words), a submitted one refuses. */
export async function saveFiling(
  db: FirebreakDatabase,
  actor: Actor,
  filingId: string,
  input: { readonly items: Readonly<Record<string, string>> },
): Promise<Filing> {
  const { items } = parseOrRefuse(saveFilingSchema, 'filing', input);
  return writeTransaction(db, actor, async (writer) => {
    const { filing } = await requireFilingContext(db, filingId);
    refuseIf(filing.status === 'submitted' ? 'A submitted filing cannot be changed.' : undefined);
    const kind = filingKindOf(filing.regime, filing.stage);
    const known = new Set(kind?.items.map((entry) => entry.id));
    const unknown = Object.keys(items).filter((id) => !known.has(id));
    refuseIf(unknown.length > 0 ? `This filing has no item “${unknown.join('”, “')}”.` : undefined);
    return writer.update('filing', filing, { items: { ...filing.items, ...items }, status: 'draft', approval: null });
  });
}

/** Approval by the incident's legal role, once nothing required is missing. */
export async function approveFiling(db: FirebreakDatabase, actor: Actor, filingId: string): Promise<Filing> {
  return writeTransaction(db, actor, async (writer) => {
    const { filing, incident, profile } = await requireFilingContext(db, filingId);
    refuseIf(filing.status !== 'draft' ? `The filing is already ${filing.status}.` : undefined);
    refuseIf(legalApprovalRefusal(incident, actor.personId));
    const kind = filingKindOf(filing.regime, filing.stage);
    const late = isLate(filingDueAt(incident, profile, filing), undefined, writer.now);
    const missing = kind ? missingItems(kind, filing.items, late) : [];
    refuseIf(
      missing.length > 0
        ? `Before approval, fill in: ${missing.map((entry) => `${entry.label} (${entry.cite})`).join('; ')}.`
        : undefined,
    );
    noteOnIncident(writer, incident, `Approved the filing ${filing.ref} for the legal role (${actor.name}).`);
    return writer.update('filing', filing, {
      status: 'approved',
      approval: { approver: actor.name, approverId: actor.personId, approvedAt: writer.now },
    });
  });
}

/**
 * Records that the approved filing was submitted, when, and the authority's reference; the regulatory profile
 * records the stage's submission in the same transaction (and the anchor the next stage runs from).
 */
export async function recordFilingSubmission(
  db: FirebreakDatabase,
  actor: Actor,
  filingId: string,
  input: RecordFilingSubmissionInput,
): Promise<Filing> {
  const request = parseOrRefuse(recordFilingSubmissionSchema, 'submission', input);
  refuseIf(
    Date.parse(request.submittedAt) > Date.now() + 5 * 60_000 ? 'The submission cannot be in the future.' : undefined,
  );
  return writeTransaction(db, actor, async (writer) => {
    const { filing, incident, profile } = await requireFilingContext(db, filingId);
    refuseIf(
      incident.exercise !== null ? 'This is a practice incident of an exercise: exercises never file.' : undefined,
    );
    refuseIf(filing.status === 'submitted' ? 'The filing was already recorded as submitted.' : undefined);
    refuseIf(
      filing.status !== 'approved' ? 'The filing needs the legal role’s approval before it is submitted.' : undefined,
    );
    stageSubmission(
      writer,
      incident,
      profile,
      { regime: filing.regime, stage: filing.stage, submittedAt: request.submittedAt },
      ` Filing ${filing.ref}, authority’s reference ${request.authorityReference}.`,
    );
    return writer.update('filing', filing, {
      status: 'submitted',
      submission: {
        submittedAt: request.submittedAt,
        authorityReference: request.authorityReference,
        recordedBy: actor.name,
        recordedById: actor.personId,
        recordedAt: writer.now,
      },
    });
  });
}
