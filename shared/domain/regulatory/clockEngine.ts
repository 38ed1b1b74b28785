/**
 * The regulatory clock engine: one pure function from what is known about an incident (regimes, the authority's zone
 * and holidays, anchor events, facts) to every clock it raises — regime, stage, the due instant in UTC or null, and
 * the basis in words with its legal reference. The app, the filings and `npm run clocks` all call it; the rules it
 * applies are the data in `regulatoryRules.ts`. A clock whose anchor (or deciding fact) is not recorded has no due date and
 * says what it waits for: a deadline is never guessed.
 */
import { z } from 'zod';
import { dateInWords, localTimeInWords, zonedDay } from './civilTime';
import { REGIME_IDS, type AnchorName, type ClockFacts, type ClockInput, type RegimeId } from './clockInput';
import { noonOfNextWorkingDay, periodEnd, periodInWords, type CountingPlace, type PeriodEnd } from './periods';
import { REGULATORY_RULES } from './regulatoryRules';
import {
  ANCHOR_EVENTS,
  FACT_QUESTIONS,
  REGULATORY_RULES_VERSION,
  type Deadline,
  type FactCase,
  type NoonNextWorkingDay,
  type RegimeRule,
  type StageRule,
  type Timing,
} from './rules';
import { countryCalendar, listedCalendar, US_FEDERAL_CALENDAR, whyNotWorking } from './workingDays';

export const regulatoryClockSchema = z.object({
  regime: z.enum(REGIME_IDS),
  stage: z.string(),
  title: z.string(),
  /** The last instant to file, UTC ISO-8601; null while the anchor or a deciding fact is not recorded. */
  dueAt: z.iso.datetime().nullable(),
  /** The rule in words, with its legal reference. */
  basis: z.string(),
  /** The authority's zone, and the deadline as its wall clock reads it. */
  timeZone: z.string(),
  localDue: z.string().nullable(),
  /** What must be recorded before there is a deadline ("awareness of the incident (anchors.awareAt)"). */
  waitingFor: z.string().nullable(),
  /** A trigger earlier than the deadline that has no instant of its own. */
  immediately: z.string().nullable(),
  inForce: z.boolean(),
  rulesVersion: z.string(),
});
export type RegulatoryClock = z.infer<typeof regulatoryClockSchema>;

interface EngineContext {
  readonly anchors: Partial<Record<AnchorName, number>>;
  readonly facts: ClockFacts;
}

type Outcome =
  | { readonly kind: 'due'; readonly at: number; readonly words: string }
  | { readonly kind: 'waiting'; readonly waitingFor: string; readonly words: string };

function waitingForAnchor(deadline: Deadline, prefix = ''): Outcome {
  const event = ANCHOR_EVENTS[deadline.anchor];
  return {
    kind: 'waiting',
    waitingFor: `${event} (anchors.${deadline.anchor})`,
    words: `${prefix}${periodInWords(deadline.period)} from ${event} (${deadline.citation}); no deadline until ${event} is recorded`,
  };
}

function endOf(deadline: Deadline, context: EngineContext, place: CountingPlace): PeriodEnd | undefined {
  const anchorAt = context.anchors[deadline.anchor];
  return anchorAt === undefined ? undefined : periodEnd(anchorAt, deadline, place);
}

function single(deadline: Deadline, context: EngineContext, place: CountingPlace, prefix = ''): Outcome {
  const end = endOf(deadline, context, place);
  return end === undefined
    ? waitingForAnchor(deadline, prefix)
    : { kind: 'due', at: end.at, words: prefix + end.words };
}

function earliest(
  timing: Extract<Timing, { kind: 'earliest' }>,
  context: EngineContext,
  place: CountingPlace,
): Outcome {
  const applicable = timing.options.filter(
    (option) => option.when === undefined || option.when.some((fact) => context.facts[fact] === true),
  );
  const ends = applicable.map((option) => ({ option, end: endOf(option.deadline, context, place) }));
  const known = ends.flatMap(({ option, end }) => (end === undefined ? [] : [{ option, end }]));
  if (known.length < ends.length) {
    const missing = ends.find(({ end }) => end === undefined);
    if (missing !== undefined) return waitingForAnchor(missing.option.deadline);
  }
  const [winner, ...others] = [...known].sort((a, b) => a.end.at - b.end.at);
  if (winner === undefined) throw new Error('A regulatory rule offers no applicable period.');
  const alternatives = others.map(({ option, end }) => `${option.label}, ${new Date(end.at).toISOString()}`);
  const notApplicable = timing.options
    .filter((option) => !applicable.includes(option))
    .map((option) => `${option.label} (${option.when?.map((fact) => `facts.${fact}`).join(' or ')} not true)`);
  const also = [
    alternatives.length > 0 ? `the earliest applicable period wins over ${alternatives.join('; ')}` : '',
    notApplicable.length > 0 ? `not applicable: ${notApplicable.join('; ')}` : '',
  ].filter((part) => part !== '');
  return {
    kind: 'due',
    at: winner.end.at,
    words: [`${winner.option.label}: ${winner.end.words}`, ...also].join('; '),
  };
}

function capped(timing: Extract<Timing, { kind: 'capped' }>, context: EngineContext, place: CountingPlace): Outcome {
  const own = endOf(timing.deadline, context, place);
  if (own === undefined) return waitingForAnchor(timing.deadline);
  const cap = endOf(timing.cap, context, place);
  if (cap === undefined) return waitingForAnchor(timing.cap, `no later than `);
  const ownAnchor = context.anchors[timing.deadline.anchor] ?? 0;
  const ownEvent = ANCHOR_EVENTS[timing.deadline.anchor];
  const capLimit = `${periodInWords(timing.cap.period)} from ${ANCHOR_EVENTS[timing.cap.anchor]}`;
  if (ownAnchor > cap.at) {
    return {
      kind: 'due',
      at: own.at,
      words: `${own.words}; ${ownEvent} came after the limit of ${capLimit} (${new Date(cap.at).toISOString()}), so the period runs from ${ownEvent}`,
    };
  }
  if (own.at <= cap.at) {
    return { kind: 'due', at: own.at, words: `${own.words}; within the limit of ${capLimit}` };
  }
  return {
    kind: 'due',
    at: cap.at,
    words: `${cap.words}: the limit comes before ${periodInWords(timing.deadline.period)} from ${ownEvent} (${new Date(own.at).toISOString()})`,
  };
}

function matches(when: FactCase, facts: ClockFacts): boolean {
  if (when.fact === 'craKind') return facts.craKind === when.is;
  const count = facts.affectedIndividuals ?? NaN;
  return 'atLeast' in when ? count >= when.atLeast : count < when.below;
}

function byFact(timing: Extract<Timing, { kind: 'by-fact' }>, context: EngineContext, place: CountingPlace): Outcome {
  const chosen = timing.cases.find((option) => matches(option.when, context.facts));
  if (context.facts[timing.fact] === undefined || chosen === undefined) {
    const question = FACT_QUESTIONS[timing.fact];
    return {
      kind: 'waiting',
      waitingFor: `${question} (facts.${timing.fact})`,
      words: `${timing.cases.map((option) => `${option.label} (${option.deadline.citation})`).join('; or ')}; no deadline until ${question} is recorded`,
    };
  }
  return single(chosen.deadline, context, place, `${chosen.label}: `);
}

function evaluate(timing: Timing, context: EngineContext, place: CountingPlace): Outcome {
  switch (timing.kind) {
    case 'deadline':
      return single(timing.deadline, context, place);
    case 'earliest':
      return earliest(timing, context, place);
    case 'capped':
      return capped(timing, context, place);
    case 'by-fact':
      return byFact(timing, context, place);
  }
}

function applyMove(outcome: Outcome, move: NoonNextWorkingDay, facts: ClockFacts, place: CountingPlace): Outcome {
  if (outcome.kind !== 'due') return outcome;
  const day = zonedDay(outcome.at, place.timeZone);
  const why = whyNotWorking(place.calendar, day);
  const moved = noonOfNextWorkingDay(outcome.at, place);
  if (why === undefined || moved === undefined) return outcome;
  const falls = `${outcome.words}. That falls on ${dateInWords(day)}, ${why}`;
  if (move.exceptWhen !== undefined && facts[move.exceptWhen] !== false) {
    const recorded = facts[move.exceptWhen] === true;
    return {
      ...outcome,
      words: recorded
        ? `${falls}; the move to 12:00 of the next working day does not apply to ${move.exceptionInWords} (facts.${move.exceptWhen}), so the deadline stays (${move.citation})`
        : `${falls}; the move to 12:00 of the next working day is not made because it is not recorded whether the entity is one of ${move.exceptionInWords}, to whom it does not apply (facts.${move.exceptWhen}) (${move.citation})`,
    };
  }
  return {
    kind: 'due',
    at: moved.at,
    words: `${falls}, so it moves to 12:00 of the next working day, ${dateInWords(moved.day)} (${move.citation})`,
  };
}

function stageClock(
  regime: RegimeRule,
  rule: StageRule,
  context: EngineContext,
  place: CountingPlace,
): RegulatoryClock | undefined {
  if (rule.unlessFalse !== undefined && context.facts[rule.unlessFalse] === false) return undefined;
  const evaluated = evaluate(rule.timing, context, place);
  const outcome =
    rule.nonWorkingDayMove === undefined
      ? evaluated
      : applyMove(evaluated, rule.nonWorkingDayMove, context.facts, place);
  const status = regime.status === undefined ? '' : ` ${regime.status}.`;
  return {
    regime: regime.id,
    stage: rule.stage,
    title: rule.title,
    dueAt: outcome.kind === 'due' ? new Date(outcome.at).toISOString() : null,
    basis: `${rule.title}: ${outcome.words}.${status}`,
    timeZone: place.timeZone,
    localDue: outcome.kind === 'due' ? localTimeInWords(outcome.at, place.timeZone) : null,
    waitingFor: outcome.kind === 'waiting' ? outcome.waitingFor : null,
    immediately: rule.immediately ?? null,
    inForce: regime.inForce,
    rulesVersion: REGULATORY_RULES_VERSION,
  };
}

/** Every clock the input raises, regime by regime in the order asked, stages in the order they fall due. */
export function computeRegulatoryClocks(input: ClockInput): RegulatoryClock[] {
  const anchors: Partial<Record<AnchorName, number>> = {};
  for (const [name, value] of Object.entries(input.anchors) as [AnchorName, string | undefined][]) {
    if (value !== undefined) anchors[name] = Date.parse(value);
  }
  const context: EngineContext = { anchors, facts: input.facts };
  const inputCalendar = input.holidays !== undefined ? listedCalendar(input.holidays) : countryCalendar(input.country);
  return input.regimes.flatMap((id: RegimeId) => {
    const regime: RegimeRule = REGULATORY_RULES[id];
    const place: CountingPlace = {
      timeZone: regime.timeZone === 'input' ? input.timeZone : regime.timeZone,
      calendar: regime.calendar === 'input' ? inputCalendar : US_FEDERAL_CALENDAR,
    };
    return regime.stages.flatMap((rule) => stageClock(regime, rule, context, place) ?? []);
  });
}
