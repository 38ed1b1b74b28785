/**
 * The regulatory deadline rules, as data: for every regime and stage, the anchor event it runs from, the period, how
 * the period is counted and the legal text it comes from. `clockEngine.ts` interprets these and nothing else, so a
 * change in the law is a change here, with a new `REGULATORY_RULES_VERSION` (each computed due date records the
 * version that produced it).
 *
 * How periods are counted (the vocabulary below):
 * - `hours` run from the exact instant; weekends, holidays and daylight-saving changes do not matter.
 * - `days` count from the anchor's date in the authority's zone (day 0) and end at the end of day N there.
 *   `eu-1182-71`: if day N is a Saturday, Sunday or public holiday the period ends at the end of the next working day
 *   (Regulation 1182/71 Art. 3(4)), and a period of two days or more includes at least two working days (Art. 3(5)).
 *   `us-calendar`: calendar days, the end never moves.
 * - `months` end at the end of the day in the later month with the anchor's date, or that month's last day if it has
 *   no such date (Art. 3(2)(c)); `eu-1182-71` then applies Art. 3(4) and 3(5), `same-date` leaves any move to the
 *   stage's own rule (DORA).
 * - `business-days`: the Nth day after the anchor's date that is not a Saturday, Sunday or holiday, at a time of day.
 * - `days-after-year-end`: N calendar days after 31 December of the anchor's year (HIPAA's annual log).
 */
import type { AnchorName, ClockFacts, FactName, RegimeId, StageOf } from './clockInput';

export const REGULATORY_RULES_VERSION = '2026.1';

export const REGULATION_1182_71 = 'Regulation (EEC, Euratom) No 1182/71';

export type Period =
  | { readonly unit: 'hours'; readonly amount: number }
  | { readonly unit: 'days'; readonly amount: number; readonly counting: 'eu-1182-71' | 'us-calendar' }
  | { readonly unit: 'months'; readonly amount: number; readonly counting: 'eu-1182-71' | 'same-date' }
  | {
      readonly unit: 'business-days';
      readonly amount: number;
      readonly at: { readonly hour: number; readonly minute: number };
    }
  | { readonly unit: 'days-after-year-end'; readonly amount: number };

/** A period running from an anchor event, and the legal text that sets it. */
export interface Deadline {
  readonly anchor: AnchorName;
  readonly period: Period;
  readonly citation: string;
}

export type BooleanFact = {
  [F in FactName]-?: NonNullable<ClockFacts[F]> extends boolean ? F : never;
}[FactName];

export type FactCase =
  | { readonly fact: 'craKind'; readonly is: 'vulnerability' | 'incident' }
  | { readonly fact: 'affectedIndividuals'; readonly atLeast: number }
  | { readonly fact: 'affectedIndividuals'; readonly below: number };

export type Timing =
  /** One period from one anchor. */
  | { readonly kind: 'deadline'; readonly deadline: Deadline }
  /** Several periods, each applying when any of its facts is true (or always); the earliest applicable wins. */
  | {
      readonly kind: 'earliest';
      readonly options: readonly {
        readonly label: string;
        readonly when?: readonly BooleanFact[];
        readonly deadline: Deadline;
      }[];
    }
  /**
   * A period capped by a later limit from another anchor, unless the period's own anchor falls after that limit
   * (DORA: 4 hours from classification, but no later than 24 hours from awareness, unless classified later).
   */
  | { readonly kind: 'capped'; readonly deadline: Deadline; readonly cap: Deadline }
  /** A different period depending on a fact; while the fact is not recorded there is no deadline. */
  | {
      readonly kind: 'by-fact';
      readonly fact: 'craKind' | 'affectedIndividuals';
      readonly cases: readonly { readonly when: FactCase; readonly label: string; readonly deadline: Deadline }[];
    };

/** DORA's relief: a deadline on a Saturday, Sunday or public holiday moves to 12:00 of the next working day. */
export interface NoonNextWorkingDay {
  readonly citation: string;
  /** The entities the move does not help (a boolean fact; while unrecorded, the deadline is not moved). */
  readonly exceptWhen?: BooleanFact;
  readonly exceptionInWords?: string;
}

export interface StageRule<S extends string = string> {
  readonly stage: S;
  /** What is due, in words: "Early warning to the CSIRT or competent authority". */
  readonly title: string;
  readonly timing: Timing;
  readonly nonWorkingDayMove?: NoonNextWorkingDay;
  /** An earlier trigger that has no instant of its own, shown as it is (AI Act: once a causal link is established). */
  readonly immediately?: string;
  /** The stage exists only if this fact is not false (NYDFS and CIRCIA ransom stages). */
  readonly unlessFalse?: BooleanFact;
}

export interface RegimeRule<R extends RegimeId = RegimeId> {
  readonly id: R;
  readonly name: string;
  readonly inForce: boolean;
  /** Said in every basis when the rules are not law yet (CIRCIA). */
  readonly status?: string;
  /** The authority's zone: the input's, or one fixed by where the authority is. */
  readonly timeZone: 'input' | 'America/New_York';
  /** Which days are working days: the input country's (or the supplied list), or US federal business days. */
  readonly calendar: 'input' | 'us-federal';
  readonly stages: readonly StageRule<StageOf<R>>[];
}

const AI_ACT = 'Regulation (EU) 2024/1689 (AI Act)';
const GDPR = 'Regulation (EU) 2016/679 (GDPR)';
const NIS2 = 'Directive (EU) 2022/2555 (NIS2)';
const DORA_RTS =
  'Commission Delegated Regulation (EU) 2025/301 Art. 5, under Regulation (EU) 2022/2554 (DORA) Art. 19(4)';
const CRA = 'Regulation (EU) 2024/2847 (Cyber Resilience Act)';
const NYDFS = '23 NYCRR 500.17';
const HIPAA = '45 CFR';
const CIRCIA = '6 U.S.C. 681b, as proposed in 6 CFR 226.5 (89 FR 23644, 4 April 2024)';

const DORA_MOVE: NoonNextWorkingDay = {
  citation: DORA_RTS,
  exceptWhen: 'doraSignificantEntity',
  exceptionInWords:
    'credit institutions, central counterparties, trading venues and NIS2 essential or important entities',
};

export const REGULATORY_RULES: { readonly [R in RegimeId]: RegimeRule<R> } = {
  'eu-ai-act-art73': {
    id: 'eu-ai-act-art73',
    name: 'EU AI Act, reporting of serious incidents',
    inForce: true,
    timeZone: 'input',
    calendar: 'input',
    stages: [
      {
        stage: 'report',
        title: 'Report of the serious incident to the market surveillance authority',
        immediately: `Immediately once a causal link between the AI system and the serious incident (or its reasonable likelihood) is established (${AI_ACT} Art. 73(2))`,
        timing: {
          kind: 'earliest',
          options: [
            {
              label: '15 days after awareness',
              deadline: {
                anchor: 'awareAt',
                period: { unit: 'days', amount: 15, counting: 'eu-1182-71' },
                citation: `${AI_ACT} Art. 73(2)`,
              },
            },
            {
              label: '10 days after awareness, on a death',
              when: ['death'],
              deadline: {
                anchor: 'awareAt',
                period: { unit: 'days', amount: 10, counting: 'eu-1182-71' },
                citation: `${AI_ACT} Art. 73(4)`,
              },
            },
            {
              label:
                '2 days after awareness, on a widespread infringement or a serious and irreversible disruption of critical infrastructure',
              when: ['widespreadInfringement', 'criticalInfrastructureDisruption'],
              deadline: {
                anchor: 'awareAt',
                period: { unit: 'days', amount: 2, counting: 'eu-1182-71' },
                citation: `${AI_ACT} Art. 73(3) and Art. 3(49)(b)`,
              },
            },
          ],
        },
      },
    ],
  },
  'gdpr-art33': {
    id: 'gdpr-art33',
    name: 'GDPR, notification of a personal data breach to the supervisory authority',
    inForce: true,
    timeZone: 'input',
    calendar: 'input',
    stages: [
      {
        stage: 'authority',
        title: 'Notification to the supervisory authority',
        timing: {
          kind: 'deadline',
          deadline: { anchor: 'awareAt', period: { unit: 'hours', amount: 72 }, citation: `${GDPR} Art. 33(1)` },
        },
      },
    ],
  },
  'uk-gdpr-art33': {
    id: 'uk-gdpr-art33',
    name: "UK GDPR, notification of a personal data breach to the Information Commissioner's Office",
    inForce: true,
    timeZone: 'input',
    calendar: 'input',
    stages: [
      {
        stage: 'authority',
        title: "Notification to the Information Commissioner's Office",
        timing: {
          kind: 'deadline',
          deadline: { anchor: 'awareAt', period: { unit: 'hours', amount: 72 }, citation: 'UK GDPR Art. 33(1)' },
        },
      },
    ],
  },
  'nis2-art23': {
    id: 'nis2-art23',
    name: 'NIS2, reporting of a significant incident',
    inForce: true,
    timeZone: 'input',
    calendar: 'input',
    stages: [
      {
        stage: 'early-warning',
        title: 'Early warning to the CSIRT or competent authority',
        timing: {
          kind: 'deadline',
          deadline: { anchor: 'awareAt', period: { unit: 'hours', amount: 24 }, citation: `${NIS2} Art. 23(4)(a)` },
        },
      },
      {
        stage: 'notification',
        title: 'Incident notification to the CSIRT or competent authority',
        timing: {
          kind: 'deadline',
          deadline: { anchor: 'awareAt', period: { unit: 'hours', amount: 72 }, citation: `${NIS2} Art. 23(4)(b)` },
        },
      },
      {
        stage: 'final',
        title: 'Final report',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'notificationSubmittedAt',
            period: { unit: 'months', amount: 1, counting: 'eu-1182-71' },
            citation: `${NIS2} Art. 23(4)(d)`,
          },
        },
      },
    ],
  },
  'dora-art19': {
    id: 'dora-art19',
    name: 'DORA, reporting of a major ICT-related incident',
    inForce: true,
    timeZone: 'input',
    calendar: 'input',
    stages: [
      {
        stage: 'initial',
        title: 'Initial notification to the competent authority',
        timing: {
          kind: 'capped',
          deadline: { anchor: 'classifiedMajorAt', period: { unit: 'hours', amount: 4 }, citation: DORA_RTS },
          cap: { anchor: 'awareAt', period: { unit: 'hours', amount: 24 }, citation: DORA_RTS },
        },
        nonWorkingDayMove: DORA_MOVE,
      },
      {
        stage: 'intermediate',
        title: 'Intermediate report',
        timing: {
          kind: 'deadline',
          deadline: { anchor: 'initialSubmittedAt', period: { unit: 'hours', amount: 72 }, citation: DORA_RTS },
        },
        nonWorkingDayMove: DORA_MOVE,
      },
      {
        stage: 'final',
        title: 'Final report',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'intermediateSubmittedAt',
            period: { unit: 'months', amount: 1, counting: 'same-date' },
            citation: `${DORA_RTS}; the month counted as in ${REGULATION_1182_71} Art. 3(2)(c)`,
          },
        },
        // The exception covers initial and intermediate reports only: every final report may move.
        nonWorkingDayMove: { citation: DORA_RTS },
      },
    ],
  },
  'cra-art14': {
    id: 'cra-art14',
    name: 'Cyber Resilience Act, reporting of an actively exploited vulnerability or a severe incident',
    inForce: true,
    timeZone: 'input',
    calendar: 'input',
    stages: [
      {
        stage: 'early-warning',
        title: 'Early warning to the CSIRT coordinator and ENISA',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'awareAt',
            period: { unit: 'hours', amount: 24 },
            citation: `${CRA} Art. 14(2)(a) and 14(4)(a)`,
          },
        },
      },
      {
        stage: 'notification',
        title: 'Vulnerability or incident notification',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'awareAt',
            period: { unit: 'hours', amount: 72 },
            citation: `${CRA} Art. 14(2)(b) and 14(4)(b)`,
          },
        },
      },
      {
        stage: 'final',
        title: 'Final report',
        timing: {
          kind: 'by-fact',
          fact: 'craKind',
          cases: [
            {
              when: { fact: 'craKind', is: 'vulnerability' },
              label:
                'an actively exploited vulnerability: 14 days after a corrective or mitigating measure is available',
              deadline: {
                anchor: 'correctiveMeasureAvailableAt',
                period: { unit: 'days', amount: 14, counting: 'eu-1182-71' },
                citation: `${CRA} Art. 14(2)(c)`,
              },
            },
            {
              when: { fact: 'craKind', is: 'incident' },
              label: 'a severe incident: one month after the incident notification',
              deadline: {
                anchor: 'notificationSubmittedAt',
                period: { unit: 'months', amount: 1, counting: 'eu-1182-71' },
                citation: `${CRA} Art. 14(4)(c)`,
              },
            },
          ],
        },
      },
    ],
  },
  'sec-8k-item105': {
    id: 'sec-8k-item105',
    name: 'SEC Form 8-K Item 1.05, material cybersecurity incident',
    inForce: true,
    timeZone: 'America/New_York',
    calendar: 'us-federal',
    stages: [
      {
        stage: 'form-8k',
        title: 'Form 8-K, Item 1.05',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'materialityDeterminedAt',
            period: { unit: 'business-days', amount: 4, at: { hour: 17, minute: 30 } },
            citation:
              'Form 8-K General Instruction B.1 and Item 1.05(a); business days and the 17:30 Eastern filing cut-off in Regulation S-T (17 CFR 232.11, 232.13)',
          },
        },
      },
    ],
  },
  'nydfs-500.17': {
    id: 'nydfs-500.17',
    name: 'NYDFS Cybersecurity Regulation, notices to the superintendent',
    inForce: true,
    timeZone: 'America/New_York',
    calendar: 'us-federal',
    stages: [
      {
        stage: 'notice',
        title: 'Notice of a cybersecurity incident to the superintendent',
        timing: {
          kind: 'deadline',
          deadline: { anchor: 'determinedAt', period: { unit: 'hours', amount: 72 }, citation: `${NYDFS}(a)(1)` },
        },
      },
      {
        stage: 'extortion-notice',
        title: 'Notice of an extortion payment',
        unlessFalse: 'extortionPayment',
        timing: {
          kind: 'deadline',
          deadline: { anchor: 'ransomPaidAt', period: { unit: 'hours', amount: 24 }, citation: `${NYDFS}(c)(1)` },
        },
      },
      {
        stage: 'extortion-justification',
        title: 'Written justification of the extortion payment',
        unlessFalse: 'extortionPayment',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'ransomPaidAt',
            period: { unit: 'days', amount: 30, counting: 'us-calendar' },
            citation: `${NYDFS}(c)(2)`,
          },
        },
      },
    ],
  },
  'hipaa-breach': {
    id: 'hipaa-breach',
    name: 'HIPAA Breach Notification Rule',
    inForce: true,
    timeZone: 'input',
    calendar: 'us-federal',
    stages: [
      {
        stage: 'individuals',
        title: 'Notice to each affected individual',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'discoveredAt',
            period: { unit: 'days', amount: 60, counting: 'us-calendar' },
            citation: `${HIPAA} 164.404(b)`,
          },
        },
      },
      {
        stage: 'hhs',
        title: 'Notice to the Secretary of Health and Human Services',
        timing: {
          kind: 'by-fact',
          fact: 'affectedIndividuals',
          cases: [
            {
              when: { fact: 'affectedIndividuals', atLeast: 500 },
              label: '500 or more people affected: at the same time as the notice to individuals',
              deadline: {
                anchor: 'discoveredAt',
                period: { unit: 'days', amount: 60, counting: 'us-calendar' },
                citation: `${HIPAA} 164.408(b), with 164.404(b)`,
              },
            },
            {
              when: { fact: 'affectedIndividuals', below: 500 },
              label: 'fewer than 500 people affected: within 60 days after the end of the calendar year of discovery',
              deadline: {
                anchor: 'discoveredAt',
                period: { unit: 'days-after-year-end', amount: 60 },
                citation: `${HIPAA} 164.408(c)`,
              },
            },
          ],
        },
      },
    ],
  },
  'circia-proposed': {
    id: 'circia-proposed',
    name: 'CIRCIA reporting to CISA',
    inForce: false,
    status: 'CIRCIA rules are proposed and not in force',
    timeZone: 'America/New_York',
    calendar: 'us-federal',
    stages: [
      {
        stage: 'report',
        title: 'Covered cyber incident report to CISA',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'reasonableBeliefAt',
            period: { unit: 'hours', amount: 72 },
            citation: `${CIRCIA}; 6 U.S.C. 681b(a)(1)`,
          },
        },
      },
      {
        stage: 'ransom-payment',
        title: 'Ransom payment report to CISA',
        unlessFalse: 'extortionPayment',
        timing: {
          kind: 'deadline',
          deadline: {
            anchor: 'ransomPaidAt',
            period: { unit: 'hours', amount: 24 },
            citation: `${CIRCIA}; 6 U.S.C. 681b(a)(2)`,
          },
        },
      },
    ],
  },
};

/** The anchor events in words, for bases and for what a clock waits for. */
export const ANCHOR_EVENTS: { readonly [A in AnchorName]: string } = {
  awareAt: 'awareness of the incident',
  classifiedMajorAt: 'classification of the incident as major',
  initialSubmittedAt: 'submission of the initial notification',
  intermediateSubmittedAt: 'submission of the latest intermediate report',
  notificationSubmittedAt: 'submission of the incident notification',
  correctiveMeasureAvailableAt: 'availability of a corrective or mitigating measure',
  materialityDeterminedAt: 'determination that the incident is material',
  determinedAt: 'determination that a cybersecurity incident has occurred',
  discoveredAt: 'discovery of the breach',
  reasonableBeliefAt: 'reasonable belief that a covered cyber incident has occurred',
  ransomPaidAt: 'the ransom or extortion payment',
};

/** The facts a `by-fact` timing needs, in words, for what a clock waits for. */
export const FACT_QUESTIONS: { readonly [F in 'craKind' | 'affectedIndividuals']: string } = {
  craKind: 'whether this is an actively exploited vulnerability or a severe incident',
  affectedIndividuals: 'the number of people affected',
};
