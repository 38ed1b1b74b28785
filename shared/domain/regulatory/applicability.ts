/**
 * The applicability step, as data: the questions a responder answers about the organisation and the incident, and
 * for each regime the answers that make it apply, with the reason in words and the legal text it comes from.
 * `applicableRegimes` is the one function the dialog, the tests and (later) the filings call; it never adds a regime
 * on its own — the responder confirms, and can still add or remove any regime with a reason.
 */
import { z } from 'zod';
import type { ImpactFlag } from '../incidents/taxonomy';
import type { RegimeId } from './clockInput';

export const APPLICABILITY_RULES_VERSION = '2026.1';

export const APPLICABILITY_QUESTIONS = [
  {
    id: 'euHighRiskAiProvider',
    text: 'Are you the provider of a high-risk AI system placed on the market or put into service in the EU?',
  },
  { id: 'euHighRiskAiDeployer', text: 'Are you the deployer of a high-risk AI system in the EU?' },
  { id: 'gpaiSystemicRisk', text: 'Are you the provider of a general-purpose AI model with systemic risk?' },
  { id: 'euPersonalData', text: 'Is personal data of people in the EU or EEA involved?' },
  { id: 'ukPersonalData', text: 'Is personal data of people in the United Kingdom involved?' },
  { id: 'nis2Entity', text: 'Are you an essential or important entity under NIS2?' },
  { id: 'euFinancialEntity', text: 'Are you an EU financial entity under DORA (bank, insurer, investment firm…)?' },
  {
    id: 'craManufacturer',
    text: 'Are you the manufacturer of a product with digital elements sold in the EU (Cyber Resilience Act)?',
  },
  { id: 'secRegistrant', text: 'Are you an SEC registrant (a company filing reports with the US SEC)?' },
  { id: 'nydfsCoveredEntity', text: 'Are you a covered entity of the New York Department of Financial Services?' },
  {
    id: 'hipaaEntity',
    text: 'Are you a HIPAA covered entity or business associate, with health information involved?',
  },
  { id: 'usCriticalInfrastructure', text: 'Are you an entity in a US critical infrastructure sector?' },
] as const;

export type ApplicabilityQuestionId = (typeof APPLICABILITY_QUESTIONS)[number]['id'];
export const APPLICABILITY_QUESTION_IDS = APPLICABILITY_QUESTIONS.map((question) => question.id) as [
  ApplicabilityQuestionId,
  ...ApplicabilityQuestionId[],
];

/** One answer per question: yes, no, or not known yet (which never makes a regime apply). */
export const applicabilityAnswerSchema = z.enum(['yes', 'no', 'unknown']);
export type ApplicabilityAnswer = z.infer<typeof applicabilityAnswerSchema>;
export const applicabilityAnswersSchema = z.partialRecord(
  z.enum(APPLICABILITY_QUESTION_IDS),
  applicabilityAnswerSchema,
);
export type ApplicabilityAnswers = z.infer<typeof applicabilityAnswersSchema>;

export interface ApplicabilityRule {
  readonly regime: RegimeId;
  /** The regime applies when any of these questions is answered yes. */
  readonly whenAny: readonly ApplicabilityQuestionId[];
  /** The reason in words for each question that makes it apply, with its legal reference. */
  readonly because: Readonly<Partial<Record<ApplicabilityQuestionId, string>>>;
}

export const APPLICABILITY_RULES: readonly ApplicabilityRule[] = [
  {
    regime: 'eu-ai-act-art73',
    whenAny: ['euHighRiskAiProvider', 'euHighRiskAiDeployer'],
    because: {
      euHighRiskAiProvider:
        'Provider of a high-risk AI system in the EU: serious incidents are reported (AI Act Art. 73(1)).',
      euHighRiskAiDeployer:
        'Deployer of a high-risk AI system in the EU: reports a serious incident when it cannot reach the provider (AI Act Art. 26(5) and 73).',
    },
  },
  {
    regime: 'gdpr-art33',
    whenAny: ['euPersonalData'],
    because: { euPersonalData: 'Personal data of people in the EU is involved: a breach is notified (GDPR Art. 33).' },
  },
  {
    regime: 'uk-gdpr-art33',
    whenAny: ['ukPersonalData'],
    because: { ukPersonalData: 'Personal data of people in the UK is involved (UK GDPR Art. 33).' },
  },
  {
    regime: 'nis2-art23',
    whenAny: ['nis2Entity'],
    because: { nis2Entity: 'Essential or important entity: significant incidents are reported (NIS2 Art. 23).' },
  },
  {
    regime: 'dora-art19',
    whenAny: ['euFinancialEntity'],
    because: { euFinancialEntity: 'EU financial entity: major ICT-related incidents are reported (DORA Art. 19).' },
  },
  {
    regime: 'cra-art14',
    whenAny: ['craManufacturer'],
    because: {
      craManufacturer:
        'Manufacturer of a product with digital elements: actively exploited vulnerabilities and severe incidents are reported (CRA Art. 14).',
    },
  },
  {
    regime: 'sec-8k-item105',
    whenAny: ['secRegistrant'],
    because: { secRegistrant: 'SEC registrant: a material cybersecurity incident is disclosed (Form 8-K Item 1.05).' },
  },
  {
    regime: 'nydfs-500.17',
    whenAny: ['nydfsCoveredEntity'],
    because: { nydfsCoveredEntity: 'NYDFS covered entity: cybersecurity incidents are notified (23 NYCRR 500.17).' },
  },
  {
    regime: 'hipaa-breach',
    whenAny: ['hipaaEntity'],
    because: {
      hipaaEntity:
        'HIPAA covered entity or business associate: breaches of unsecured PHI are notified (45 CFR 164.404–164.410).',
    },
  },
  {
    regime: 'circia-proposed',
    whenAny: ['usCriticalInfrastructure'],
    because: {
      usCriticalInfrastructure:
        'US critical infrastructure entity: CIRCIA would require reports (proposed rule, not in force).',
    },
  },
];

/**
 * What a "yes" says that no regime of these rules covers with a clock, so the responder is not left to assume
 * it is handled.
 */
export const APPLICABILITY_NOTES: Readonly<Partial<Record<ApplicabilityQuestionId, string>>> = {
  gpaiSystemicRisk:
    'General-purpose AI model with systemic risk: serious incidents are reported to the AI Office without undue delay (AI Act Art. 55(1)(c)); the Act sets no fixed period, so no clock runs for it in these rules.',
};

export interface ApplicableRegime {
  readonly regime: RegimeId;
  readonly reason: string;
}

export interface Applicability {
  readonly applies: readonly ApplicableRegime[];
  readonly notes: readonly string[];
  /** Questions not answered yes or no yet. */
  readonly unanswered: readonly ApplicabilityQuestionId[];
}

/** Which regimes apply and why, from the answers; a question answered "unknown" or not at all makes nothing apply. */
export function applicableRegimes(answers: ApplicabilityAnswers): Applicability {
  const applies = APPLICABILITY_RULES.flatMap((rule): ApplicableRegime[] => {
    const reasons = rule.whenAny.filter((question) => answers[question] === 'yes').map((q) => rule.because[q] ?? q);
    return reasons.length === 0 ? [] : [{ regime: rule.regime, reason: reasons.join(' ') }];
  });
  const notes = Object.entries(APPLICABILITY_NOTES).flatMap(([question, note]) =>
    answers[question as ApplicabilityQuestionId] === 'yes' && note !== undefined ? [note] : [],
  );
  const unanswered = APPLICABILITY_QUESTION_IDS.filter(
    (question) => answers[question] !== 'yes' && answers[question] !== 'no',
  );
  return { applies, notes, unanswered };
}

/**
 * First answers suggested by what the incident already records: its personal-data flag with an EU or UK
 * jurisdiction. Everything else is the organisation's to answer.
 */
export function suggestedAnswers(incident: {
  readonly impactFlags: readonly ImpactFlag[];
  readonly jurisdictions: readonly string[];
}): ApplicabilityAnswers {
  const personal = incident.impactFlags.includes('personal-data');
  const places = incident.jurisdictions.map((place) => place.toUpperCase());
  const inEu = places.some((place) => place === 'EU' || EU_MEMBER_STATES.has(place));
  const inUk = places.includes('UK') || places.includes('GB');
  return {
    ...(personal && inEu ? { euPersonalData: 'yes' as const } : {}),
    ...(personal && inUk ? { ukPersonalData: 'yes' as const } : {}),
    ...(personal ? {} : { euPersonalData: 'no' as const, ukPersonalData: 'no' as const }),
  };
}

const EU_MEMBER_STATES = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);
