/**
 * Regulatory profile repository: choosing and dropping regimes (each with a reason), recording anchor events and
 * submissions. Each write is one transaction: the profile, its audit entry, and a timeline entry on the incident
 * saying what was recorded, by whom, for when.
 */
import { ANCHOR_EVENTS } from '../../../shared/domain/regulatory/rules';
import { REGULATORY_RULES } from '../../../shared/domain/regulatory/regulatoryRules';
import {
  APPLICABILITY_RULES_VERSION,
  applicabilityAnswersSchema,
  applicableRegimes,
  type ApplicabilityAnswers,
} from '../../../shared/domain/regulatory/applicability';
import {
  addRegimeSchema,
  authorityCountrySchema,
  authorityTimeZoneSchema,
  describeFactChanges,
  dueHistoryAfter,
  recordDelayReasonSchema,
  recordFactsSchema,
  type RecordDelayReasonInput,
  recordAnchorSchema,
  recordSubmissionSchema,
  removeRegimeSchema,
  submissionOf,
  submissionStarts,
  type AddRegimeInput,
  type RecordAnchorInput,
  type RecordSubmissionInput,
  type RegimeChoice,
  type RegulatoryProfile,
} from '../../../shared/domain/regulatory/regulatoryProfile';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { incidentSubject } from '../../../shared/domain/subject';
import type { ClockFacts, RegimeId } from '../../../shared/domain/regulatory/clockInput';
import type { RecordMeta } from '../../../shared/domain/record';
import { z } from 'zod';
import { parseOrRefuse, refuseIf, WriteRefusedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { requireLiveIncident } from '../incidents/queries';
import { writeTransaction, type Actor, type RecordWriter } from '../write';
import { liveRegulatoryProfile, liveRegulatoryProfilesOf } from './queries';

function recordedBy(writer: RecordWriter) {
  return { recordedBy: writer.actor.name, recordedById: writer.actor.personId, recordedAt: writer.now };
}

function noteOnTimeline(writer: RecordWriter, incident: Incident, occurredAt: string, text: string): void {
  writer.create('timeline', { subject: incidentSubject(incident), kind: 'action', occurredAt, text });
}

type ProfileBody = Partial<Omit<RegulatoryProfile, keyof RecordMeta>>;

function incidentSnapshot(incident: Incident) {
  return { ref: incident.ref, awareAt: incident.awareAt, exercise: incident.exercise !== null };
}

/**
 * Stages a change to the profile with its incident snapshot and the due-date history it causes: every clock whose
 * due date moves gets an entry saying when, by which rules and `why`.
 */
export function changeProfile(
  writer: RecordWriter,
  incident: Incident,
  profile: RegulatoryProfile,
  body: ProfileBody,
  why: string,
): RegulatoryProfile {
  const next: RegulatoryProfile = { ...profile, ...body, incident: incidentSnapshot(incident) };
  const dueHistory = dueHistoryAfter(next, incident.awareAt, writer.now, why);
  return writer.update('regulatoryProfile', profile, { ...body, incident: next.incident, dueHistory });
}

function newProfile(
  writer: RecordWriter,
  incident: Incident,
  body: Pick<RegulatoryProfile, 'regimes' | 'regimeChanges' | 'timeZone' | 'country'> & ProfileBody,
  why: string,
): RegulatoryProfile {
  const fresh = { holidays: null, facts: {}, anchors: {}, submissions: [], dueHistory: [], ...body };
  return writer.create('regulatoryProfile', {
    subject: incidentSubject(incident),
    ...fresh,
    incident: incidentSnapshot(incident),
    dueHistory: dueHistoryAfter(fresh, incident.awareAt, writer.now, why),
  });
}

/** Adds a regime with the reason it applies; the first one also sets where the authority is. */
export async function addRegime(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: AddRegimeInput,
): Promise<RegulatoryProfile> {
  const choice = parseOrRefuse(addRegimeSchema, 'regime', input);
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    const current = await liveRegulatoryProfile(db, incident.id);
    const name = REGULATORY_RULES[choice.regime].name;
    refuseIf(current?.regimes.some((held) => held.regime === choice.regime) ? `${name} already applies.` : undefined);
    const regime: RegimeChoice = { regime: choice.regime, reason: choice.reason };
    const change = { regime: choice.regime, change: 'added' as const, reason: choice.reason, ...recordedBy(writer) };
    noteOnTimeline(writer, incident, writer.now, `Regulatory regime applies: ${name}. Reason: ${choice.reason}`);
    const why = `${name} added: ${choice.reason}`;
    return current
      ? changeProfile(
          writer,
          incident,
          current,
          { regimes: [...current.regimes, regime], regimeChanges: [...current.regimeChanges, change] },
          why,
        )
      : newProfile(
          writer,
          incident,
          { regimes: [regime], regimeChanges: [change], timeZone: choice.timeZone, country: choice.country },
          why,
        );
  });
}

/** Drops a regime with the reason it does not apply; its reasons and submissions stay on record. */
export async function removeRegime(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: { readonly regime: string; readonly reason: string },
): Promise<RegulatoryProfile> {
  const choice = parseOrRefuse(removeRegimeSchema, 'regime', input);
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    const profile = await liveRegulatoryProfile(db, incident.id);
    const name = REGULATORY_RULES[choice.regime].name;
    if (!profile?.regimes.some((held) => held.regime === choice.regime)) {
      throw new WriteRefusedError(`${name} does not apply now.`);
    }
    noteOnTimeline(
      writer,
      incident,
      writer.now,
      `Regulatory regime no longer applies: ${name}. Reason: ${choice.reason}`,
    );
    return changeProfile(
      writer,
      incident,
      profile,
      {
        regimes: profile.regimes.filter((held) => held.regime !== choice.regime),
        regimeChanges: [
          ...profile.regimeChanges,
          { regime: choice.regime, change: 'removed', reason: choice.reason, ...recordedBy(writer) },
        ],
      },
      `${name} removed: ${choice.reason}`,
    );
  });
}

async function requireProfile(db: FirebreakDatabase, incidentId: string) {
  const incident = await requireLiveIncident(db, incidentId);
  const profile = await liveRegulatoryProfile(db, incident.id);
  if (!profile) throw new WriteRefusedError('Choose the regimes that apply first.');
  return { incident, profile };
}

/** Records when an anchor event happened (classification as major, materiality determination…). */
export async function recordAnchorEvent(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: RecordAnchorInput,
): Promise<RegulatoryProfile> {
  const event = parseOrRefuse(recordAnchorSchema, 'event', input);
  refuseIf(Date.parse(event.at) > Date.now() + 5 * 60_000 ? 'The event cannot be in the future.' : undefined);
  return writeTransaction(db, actor, async (writer) => {
    const { incident, profile } = await requireProfile(db, incidentId);
    const words = ANCHOR_EVENTS[event.anchor];
    noteOnTimeline(writer, incident, event.at, `Recorded for the regulatory clocks: ${words}.`);
    return changeProfile(
      writer,
      incident,
      profile,
      { anchors: { ...profile.anchors, [event.anchor]: { at: event.at, ...recordedBy(writer) } } },
      `Recorded: ${words} at ${event.at}`,
    );
  });
}

/**
 * Stages a submission inside the caller's transaction (the filings capability records one with its filing): refuses a
 * regime that does not apply or a stage already submitted, notes it on the timeline, and where a later stage runs
 * from this submission, records that anchor so its clock starts.
 */
export function stageSubmission(
  writer: RecordWriter,
  incident: Incident,
  profile: RegulatoryProfile,
  submission: { readonly regime: RegimeId; readonly stage: string; readonly submittedAt: string },
  detail = '',
): RegulatoryProfile {
  const regime = REGULATORY_RULES[submission.regime];
  const stage = regime.stages.find((rule) => rule.stage === submission.stage);
  refuseIf(
    profile.regimes.some((held) => held.regime === submission.regime) ? undefined : `${regime.name} does not apply.`,
  );
  refuseIf(
    submissionOf(profile, submission.regime, submission.stage)
      ? `${stage?.title ?? 'This stage'} was already recorded as submitted.`
      : undefined,
  );
  const starts = submissionStarts(submission.regime, submission.stage);
  noteOnTimeline(
    writer,
    incident,
    submission.submittedAt,
    `Submitted: ${stage?.title ?? submission.stage} (${regime.name}).${detail}`,
  );
  const by = recordedBy(writer);
  return changeProfile(
    writer,
    incident,
    profile,
    {
      submissions: [
        ...profile.submissions,
        { regime: submission.regime, stage: submission.stage, submittedAt: submission.submittedAt, ...by },
      ],
      ...(starts ? { anchors: { ...profile.anchors, [starts]: { at: submission.submittedAt, ...by } } } : {}),
    },
    `Submitted: ${stage?.title ?? submission.stage} at ${submission.submittedAt}`,
  );
}

/** Records that a stage was submitted; where a later stage runs from this submission, its clock starts. */
export async function recordSubmission(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: RecordSubmissionInput,
): Promise<RegulatoryProfile> {
  const submission = parseOrRefuse(recordSubmissionSchema, 'submission', input);
  refuseIf(
    Date.parse(submission.submittedAt) > Date.now() + 5 * 60_000
      ? 'The submission cannot be in the future.'
      : undefined,
  );
  return writeTransaction(db, actor, async (writer) => {
    const { incident, profile } = await requireProfile(db, incidentId);
    return stageSubmission(writer, incident, profile, submission);
  });
}

const applyApplicabilitySchema = z.object({
  answers: applicabilityAnswersSchema,
  timeZone: authorityTimeZoneSchema,
  country: authorityCountrySchema,
});
export type ApplyApplicabilityInput = z.input<typeof applyApplicabilitySchema>;

/**
 * Saves the applicability answers and adds every regime they make apply that is not held yet, each with the rule's
 * reason. Regimes held already stay (removing one is a decision with its own reason); the first save also sets where
 * the authority is.
 */
export async function applyApplicability(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: ApplyApplicabilityInput,
): Promise<RegulatoryProfile> {
  const request = parseOrRefuse(applyApplicabilitySchema, 'applicability', input);
  const answers: ApplicabilityAnswers = request.answers;
  return writeTransaction(db, actor, async (writer) => {
    const incident = await requireLiveIncident(db, incidentId);
    const current = await liveRegulatoryProfile(db, incident.id);
    const held = new Set(current?.regimes.map((choice) => choice.regime));
    const added = applicableRegimes(answers).applies.filter((choice) => !held.has(choice.regime));
    const reasons = added.map((choice) => ({ regime: choice.regime, reason: choice.reason }));
    const changes = added.map((choice) => ({
      regime: choice.regime,
      change: 'added' as const,
      reason: choice.reason,
      ...recordedBy(writer),
    }));
    const names = added.map((choice) => REGULATORY_RULES[choice.regime].name);
    noteOnTimeline(
      writer,
      incident,
      writer.now,
      names.length === 0
        ? `Applicability answers saved (rules ${APPLICABILITY_RULES_VERSION}); no further regime applies.`
        : `Applicability answers saved (rules ${APPLICABILITY_RULES_VERSION}). Regimes that apply: ${names.join('; ')}.`,
    );
    const why = `Applicability answers saved${names.length === 0 ? '' : `: ${names.join('; ')} added`}`;
    return current
      ? changeProfile(
          writer,
          incident,
          current,
          {
            applicability: answers,
            regimes: [...current.regimes, ...reasons],
            regimeChanges: [...current.regimeChanges, ...changes],
          },
          why,
        )
      : newProfile(
          writer,
          incident,
          {
            applicability: answers,
            regimes: reasons,
            regimeChanges: changes,
            timeZone: request.timeZone,
            country: request.country,
          },
          why,
        );
  });
}

/** Records the facts the rules ask about (a death, the number of people affected…); the clocks move with them. */
export async function recordFacts(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: ClockFacts,
): Promise<RegulatoryProfile> {
  const facts = parseOrRefuse(recordFactsSchema, 'facts', input);
  return writeTransaction(db, actor, async (writer) => {
    const { incident, profile } = await requireProfile(db, incidentId);
    const changes = describeFactChanges(profile.facts, facts);
    if (changes.length === 0) return profile;
    const words = changes.join('; ');
    noteOnTimeline(writer, incident, writer.now, `Facts recorded for the regulatory clocks: ${words}.`);
    return changeProfile(writer, incident, profile, { facts }, `Facts changed: ${words}`);
  });
}

/** Records the reasons for a delay beside a clock (a late notification must give them). */
export async function recordDelayReason(
  db: FirebreakDatabase,
  actor: Actor,
  incidentId: string,
  input: RecordDelayReasonInput,
): Promise<RegulatoryProfile> {
  const request = parseOrRefuse(recordDelayReasonSchema, 'reasons for delay', input);
  return writeTransaction(db, actor, async (writer) => {
    const { incident, profile } = await requireProfile(db, incidentId);
    const regime = REGULATORY_RULES[request.regime];
    const stage = regime.stages.find((rule) => rule.stage === request.stage);
    refuseIf(stage === undefined ? 'This regime has no such stage.' : undefined);
    noteOnTimeline(
      writer,
      incident,
      writer.now,
      `Reasons for delay recorded for ${stage?.title ?? request.stage} (${regime.name}): ${request.reason}`,
    );
    return writer.update('regulatoryProfile', profile, {
      delayReasons: [...profile.delayReasons, { ...request, ...recordedBy(writer) }],
    });
  });
}

/**
 * Follows incidents: when an incident's awareness time, reference or exercise marker changes, its profile's snapshot
 * and the due-date history follow in the same transaction. New incidents have no profile yet, so they cost nothing.
 */
export async function followIncidents(writer: RecordWriter, incidents: readonly Incident[]): Promise<void> {
  const changed = incidents.filter((incident) => incident.rev > 1);
  if (changed.length === 0) return;
  const profiles = await liveRegulatoryProfilesOf(
    writer.db,
    changed.map((incident) => incident.id),
  );
  for (const incident of changed) {
    const profile = profiles.get(incident.id);
    if (profile === undefined) continue;
    const before = profile.incident;
    if (
      before !== null &&
      before.awareAt === incident.awareAt &&
      before.ref === incident.ref &&
      before.exercise === (incident.exercise !== null)
    ) {
      continue;
    }
    const why =
      before !== null && before.awareAt !== incident.awareAt
        ? `Awareness time changed from ${before.awareAt} to ${incident.awareAt}`
        : 'The incident changed';
    changeProfile(writer, incident, profile, {}, why);
  }
}
