/**
 * The vocabulary of the regulatory deadline rules: for every regime and stage, the anchor event it runs from, the
 * period, how the period is counted and the legal text it comes from. The rules themselves are data in `euRegimes.ts`
 * and `usRegimes.ts`, collected in `regulatoryRules.ts`; `clockEngine.ts` interprets them and nothing else, so a
 * change in the law is a change there, with a new `REGULATORY_RULES_VERSION` (each computed due date records the
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
