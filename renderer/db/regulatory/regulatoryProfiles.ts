/**
 * Regulatory profile repository: choosing and dropping regimes (each with a reason), recording anchor events and
 * submissions. Each write is one transaction: the profile, its audit entry, and a timeline entry on the incident
 * saying what was recorded, by whom, for when.
 */
import { ANCHOR_EVENTS } from '../../../shared/domain/regulatory/rules';
import { REGULATORY_RULES } from '../../../shared/domain/regulatory/regulatoryRules';
import {
  addRegimeSchema,
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
import { parseOrRefuse, refuseIf, WriteRefusedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { requireLiveIncident } from '../incidents/queries';
import { writeTransaction, type Actor, type RecordWriter } from '../write';
import { liveRegulatoryProfile } from './queries';

function recordedBy(writer: RecordWriter) {
  return { recordedBy: writer.actor.name, recordedById: writer.actor.personId, recordedAt: writer.now };
}

function noteOnTimeline(writer: RecordWriter, incident: Incident, occurredAt: string, text: string): void {
  writer.create('timeline', { subject: incidentSubject(incident), kind: 'action', occurredAt, text });
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
    return current
      ? writer.update('regulatoryProfile', current, {
          regimes: [...current.regimes, regime],
          regimeChanges: [...current.regimeChanges, change],
        })
      : writer.create('regulatoryProfile', {
          subject: incidentSubject(incident),
          regimes: [regime],
          regimeChanges: [change],
          timeZone: choice.timeZone,
          country: choice.country,
          holidays: null,
          facts: {},
          anchors: {},
          submissions: [],
        });
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
    return writer.update('regulatoryProfile', profile, {
      regimes: profile.regimes.filter((held) => held.regime !== choice.regime),
      regimeChanges: [
        ...profile.regimeChanges,
        { regime: choice.regime, change: 'removed', reason: choice.reason, ...recordedBy(writer) },
      ],
    });
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
    return writer.update('regulatoryProfile', profile, {
      anchors: { ...profile.anchors, [event.anchor]: { at: event.at, ...recordedBy(writer) } },
    });
  });
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
      `Submitted: ${stage?.title ?? submission.stage} (${regime.name}).`,
    );
    const by = recordedBy(writer);
    return writer.update('regulatoryProfile', profile, {
      submissions: [...profile.submissions, { ...submission, ...by }],
      ...(starts ? { anchors: { ...profile.anchors, [starts]: { at: submission.submittedAt, ...by } } } : {}),
    });
  });
}
