/**
 * An incident's regulatory profile: which regimes apply (each chosen or dropped with a reason), the authority's zone,
 * country and holidays, the facts the rules ask about, the anchor events recorded so far (who recorded each and
 * when) and the submissions made. It is the one audited record the clocks are computed from: `clockInputOf` turns it
 * and the incident's awareness time into the engine's input, so the screen, the filings and the command line agree.
 */
import { z } from 'zod';
import { isoTimestampSchema } from '../time';
import { personIdSchema, recordMetaSchema } from '../record';
import { subjectSchema } from '../subject';
import { isKnownTimeZone } from './civilTime';
import {
  ANCHOR_NAMES,
  REGIME_IDS,
  REGIME_STAGES,
  clockFactsSchema,
  type AnchorName,
  type ClockFacts,
  type ClockInput,
  type RegimeId,
} from './clockInput';
import { hasPublicHolidays } from './workingDays';
import { applicabilityAnswersSchema } from './applicability';
import { computeRegulatoryClocks, type RegulatoryClock } from './clockEngine';

export const regimeIdSchema = z.enum(REGIME_IDS, { error: 'Choose a regime from the list.' });

export const regimeReasonSchema = z
  .string()
  .trim()
  .min(1, 'Say why, e.g. “personal data of EU customers was exposed”.')
  .max(1_000, 'Use at most 1,000 characters.');

export const authorityTimeZoneSchema = z
  .string()
  .trim()
  .refine(isKnownTimeZone, 'Give an IANA time zone name, such as “Europe/Brussels”.');

export const authorityCountrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Give a two-letter country code, such as “BE”.')
  .refine(hasPublicHolidays, 'No public holidays are known for this country code: check it, or list the holidays.');

const holidaySchema = z.iso.date({ error: 'Give each holiday as YYYY-MM-DD.' });

/** Who recorded something and when they wrote it down (the event's own time is kept beside it). */
const recordedBySchema = z.object({
  recordedBy: z.string().max(120),
  recordedById: personIdSchema,
  recordedAt: isoTimestampSchema,
});

export const anchorEventSchema = recordedBySchema.extend({ at: isoTimestampSchema });
export type AnchorEvent = z.infer<typeof anchorEventSchema>;

export const regimeChoiceSchema = z.object({ regime: regimeIdSchema, reason: regimeReasonSchema });
export type RegimeChoice = z.infer<typeof regimeChoiceSchema>;

/** Every addition and removal of a regime, in order, so the reasons survive a later change of mind. */
export const regimeChangeSchema = recordedBySchema.extend({
  regime: regimeIdSchema,
  change: z.enum(['added', 'removed']),
  reason: regimeReasonSchema,
});

export const submissionSchema = recordedBySchema.extend({
  regime: regimeIdSchema,
  stage: z.string().max(40),
  submittedAt: isoTimestampSchema,
});
export type Submission = z.infer<typeof submissionSchema>;

/** One value a clock's due date took: kept whenever it changes, so every move can be explained later. */
export const dueChangeSchema = z.object({
  regime: regimeIdSchema,
  stage: z.string().max(40),
  dueAt: isoTimestampSchema.nullable(),
  computedAt: isoTimestampSchema,
  rulesVersion: z.string().max(20),
  why: z.string().max(1_000),
});
export type DueChange = z.infer<typeof dueChangeSchema>;

export const delayReasonTextSchema = z
  .string()
  .trim()
  .min(1, 'Give the reasons for the delay; a late notification must state them.')
  .max(4_000, 'Use at most 4,000 characters.');

/** The reasons a late filing must give (GDPR Art. 33(1), DORA Art. 5(3)…), per clock, with who wrote them. */
export const delayReasonSchema = recordedBySchema.extend({
  regime: regimeIdSchema,
  stage: z.string().max(40),
  reason: delayReasonTextSchema,
});
export type DelayReason = z.infer<typeof delayReasonSchema>;

/** What the profile knows of its incident, kept in step by the incident's writes (for the due-date projection). */
export const profileIncidentSchema = z.object({
  ref: z.string().max(80),
  awareAt: isoTimestampSchema,
  exercise: z.boolean(),
});

export const regulatoryProfileSchema = recordMetaSchema.extend({
  subject: subjectSchema,
  regimes: z.array(regimeChoiceSchema),
  regimeChanges: z.array(regimeChangeSchema),
  timeZone: authorityTimeZoneSchema,
  country: authorityCountrySchema,
  /** When set, exactly these are the public holidays (the package's are not used). */
  holidays: z.array(holidaySchema).nullable(),
  facts: clockFactsSchema,
  anchors: z.partialRecord(z.enum(ANCHOR_NAMES), anchorEventSchema),
  submissions: z.array(submissionSchema),
  /** The applicability questionnaire's answers, as last saved. */
  applicability: applicabilityAnswersSchema.default({}),
  /** Every value each clock's due date has taken, oldest first. */
  dueHistory: z.array(dueChangeSchema).default([]),
  delayReasons: z.array(delayReasonSchema).default([]),
  incident: profileIncidentSchema.nullable().default(null),
});
export type RegulatoryProfile = z.infer<typeof regulatoryProfileSchema>;

/** Adding a regime: which, why, and (the first time) where the authority is. */
export const addRegimeSchema = regimeChoiceSchema.extend({
  timeZone: authorityTimeZoneSchema,
  country: authorityCountrySchema,
});
export type AddRegimeInput = z.input<typeof addRegimeSchema>;

export const removeRegimeSchema = regimeChoiceSchema;

export const recordAnchorSchema = z.object({
  anchor: z.enum(ANCHOR_NAMES, { error: 'Choose which event happened.' }),
  at: isoTimestampSchema,
});
export type RecordAnchorInput = z.input<typeof recordAnchorSchema>;

export const recordSubmissionSchema = z
  .object({ regime: regimeIdSchema, stage: z.string(), submittedAt: isoTimestampSchema })
  .refine(
    (input) => (REGIME_STAGES[input.regime] as readonly string[]).includes(input.stage),
    'This regime has no such stage.',
  );
export type RecordSubmissionInput = z.input<typeof recordSubmissionSchema>;

/**
 * The anchor a submission starts, where a later stage runs from it: DORA's intermediate report runs from the initial
 * notification, NIS2's and the CRA's final reports from the notification.
 */
export const SUBMISSION_STARTS: Partial<Record<`${RegimeId}:${string}`, AnchorName>> = {
  'dora-art19:initial': 'initialSubmittedAt',
  'dora-art19:intermediate': 'intermediateSubmittedAt',
  'nis2-art23:notification': 'notificationSubmittedAt',
  'cra-art14:notification': 'notificationSubmittedAt',
};

export function submissionStarts(regime: RegimeId, stage: string): AnchorName | undefined {
  return SUBMISSION_STARTS[`${regime}:${stage}`];
}

/** What of a profile the clocks depend on. */
export type ClockSource = Pick<
  RegulatoryProfile,
  'regimes' | 'timeZone' | 'country' | 'holidays' | 'facts' | 'anchors'
>;

/** The engine's input for a profile; awareness is the incident's unless recorded here. Undefined with no regimes. */
export function clockInputOf(profile: ClockSource, incidentAwareAt: string): ClockInput | undefined {
  if (profile.regimes.length === 0) return undefined;
  const anchors: Partial<Record<AnchorName, string>> = { awareAt: incidentAwareAt };
  for (const name of ANCHOR_NAMES) {
    const event = profile.anchors[name];
    if (event) anchors[name] = event.at;
  }
  return {
    regimes: profile.regimes.map((choice) => choice.regime),
    timeZone: profile.timeZone,
    country: profile.country,
    ...(profile.holidays === null ? {} : { holidays: profile.holidays }),
    anchors,
    facts: profile.facts,
  };
}

/** The submission recorded for a stage, if any. */
export function submissionOf(profile: RegulatoryProfile, regime: RegimeId, stage: string): Submission | undefined {
  return profile.submissions.find((submission) => submission.regime === regime && submission.stage === stage);
}

export const recordFactsSchema = clockFactsSchema;

export const recordDelayReasonSchema = z.object({
  regime: regimeIdSchema,
  stage: z.string().max(40),
  reason: delayReasonTextSchema,
});
export type RecordDelayReasonInput = z.input<typeof recordDelayReasonSchema>;

/** The clocks of a profile now (none without regimes). */
export function clocksOf(profile: ClockSource, incidentAwareAt: string): RegulatoryClock[] {
  const input = clockInputOf(profile, incidentAwareAt);
  return input ? computeRegulatoryClocks(input) : [];
}

/** The last due date recorded for a clock (null when none was). */
function lastDue(history: readonly DueChange[], regime: RegimeId, stage: string): DueChange | undefined {
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const change = history[index];
    if (change !== undefined && change.regime === regime && change.stage === stage) return change;
  }
  return undefined;
}

/**
 * The due-date history after a change to the profile: one entry for every clock whose due date differs from the last
 * one recorded for it (a clock first seen without a deadline is not an entry), saying when, by which rules and why.
 */
export function dueHistoryAfter(
  profile: ClockSource & Pick<RegulatoryProfile, 'dueHistory'>,
  incidentAwareAt: string,
  computedAt: string,
  why: string,
): DueChange[] {
  const history = [...profile.dueHistory];
  for (const clock of clocksOf(profile, incidentAwareAt)) {
    const last = lastDue(history, clock.regime, clock.stage);
    if ((last?.dueAt ?? null) === clock.dueAt) continue;
    history.push({
      regime: clock.regime,
      stage: clock.stage,
      dueAt: clock.dueAt,
      computedAt,
      rulesVersion: clock.rulesVersion,
      why,
    });
  }
  return history;
}

/** The history of one clock's due date, oldest first. */
export function dueHistoryOf(profile: RegulatoryProfile, regime: RegimeId, stage: string): DueChange[] {
  return profile.dueHistory.filter((change) => change.regime === regime && change.stage === stage);
}

/** The reasons for delay recorded for a clock, oldest first. */
export function delayReasonsOf(profile: RegulatoryProfile, regime: RegimeId, stage: string): DelayReason[] {
  return profile.delayReasons.filter((reason) => reason.regime === regime && reason.stage === stage);
}

/** Each fact the rules ask about, as a responder reads it. */
export const FACT_LABELS: { readonly [F in keyof ClockFacts]-?: string } = {
  death: 'A person died',
  widespreadInfringement: 'Widespread infringement (AI Act Art. 3(61))',
  criticalInfrastructureDisruption: 'Serious and irreversible disruption of critical infrastructure',
  doraSignificantEntity: 'Credit institution, central counterparty, trading venue or NIS2 essential/important entity',
  craKind: 'Cyber Resilience Act report kind',
  extortionPayment: 'An extortion payment was made',
  affectedIndividuals: 'Number of people affected',
};

function factValueInWords(value: unknown): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (value === undefined) return 'not known';
  return String(value);
}

/** What changed between two sets of facts, in words ("A person died: not known → yes"); empty when nothing did. */
export function describeFactChanges(before: ClockFacts, after: ClockFacts): string[] {
  return (Object.keys(FACT_LABELS) as (keyof ClockFacts)[]).flatMap((fact) =>
    before[fact] === after[fact]
      ? []
      : [`${FACT_LABELS[fact]}: ${factValueInWords(before[fact])} → ${factValueInWords(after[fact])}`],
  );
}
