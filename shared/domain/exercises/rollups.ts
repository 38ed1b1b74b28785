/**
 * Roll-ups of an exercise's evaluation and feedback, as pure functions the screens and the AAR/IP share: the
 * objective × capability × P/S/M/U table, each capability's suggested rating from its targets, the expected-action
 * tally per capability, the participant feedback summary, and when the next exercise is due.
 */
import type { ActionResult, EvaluationBody, HseepRating } from './evaluation';
import { actionKey, HSEEP_RATINGS } from './evaluation';
import type { ExerciseFeedback, Priority } from './feedback';
import { FEEDBACK_STATEMENTS, PRIORITIES } from './feedback';
import { injectsInOrder, type ExerciseCapability, type ScenarioBody } from './scenario';

const SEVERITY: Readonly<Record<HseepRating, number>> = { P: 0, S: 1, M: 2, U: 3 };

/** The most challenged of the ratings (U over M over S over P), or null for none. */
export function worstRating(ratings: readonly HseepRating[]): HseepRating | null {
  let worst: HseepRating | null = null;
  for (const rating of ratings) if (worst === null || SEVERITY[rating] > SEVERITY[worst]) worst = rating;
  return worst;
}

export interface CapabilityRollup {
  readonly capability: ExerciseCapability;
  readonly targetRatings: readonly { readonly targetId: string; readonly rating: HseepRating | null }[];
  /** What the targets suggest: the most challenged target rating (a capability is no better than its worst target). */
  readonly suggested: HseepRating | null;
  /** The evaluators' rating of the capability, when given. */
  readonly rating: HseepRating | null;
}

/** Every capability the scenario exercises (objectives' and targets'), in the scenario's order. */
export function exercisedCapabilities(
  body: Pick<ScenarioBody, 'objectives' | 'capabilityTargets'>,
): ExerciseCapability[] {
  const seen = new Set<ExerciseCapability>();
  for (const objective of body.objectives) for (const capability of objective.capabilities) seen.add(capability);
  for (const target of body.capabilityTargets) seen.add(target.capability);
  return [...seen];
}

export function capabilityRollups(
  body: Pick<ScenarioBody, 'objectives' | 'capabilityTargets'>,
  evaluation: EvaluationBody,
): CapabilityRollup[] {
  return exercisedCapabilities(body).map((capability) => {
    const targetRatings = body.capabilityTargets
      .filter((target) => target.capability === capability)
      .map((target) => ({ targetId: target.id, rating: evaluation.targets[target.id]?.rating ?? null }));
    const rated = targetRatings.flatMap((entry) => (entry.rating === null ? [] : [entry.rating]));
    return {
      capability,
      targetRatings,
      suggested: worstRating(rated),
      rating: evaluation.capabilities[capability]?.rating ?? null,
    };
  });
}

export interface ObjectiveCapabilityRow {
  readonly objectiveId: string;
  readonly objective: string;
  readonly capability: ExerciseCapability;
  /** The capability's rating (the evaluators', else the one its targets suggest), or null when not rated yet. */
  readonly rating: HseepRating | null;
}

/** HSEEP AAR/IP Table 1: one row per objective and capability it maps to, with the capability's rating. */
export function objectiveCapabilityTable(
  body: Pick<ScenarioBody, 'objectives' | 'capabilityTargets'>,
  evaluation: EvaluationBody,
): ObjectiveCapabilityRow[] {
  const rollups = new Map(capabilityRollups(body, evaluation).map((rollup) => [rollup.capability, rollup]));
  return body.objectives.flatMap((objective) =>
    objective.capabilities.map((capability) => {
      const rollup = rollups.get(capability);
      return {
        objectiveId: objective.id,
        objective: objective.text,
        capability,
        rating: rollup?.rating ?? rollup?.suggested ?? null,
      };
    }),
  );
}

export type ActionTally = Readonly<Record<ActionResult | 'unassessed', number>>;

/** Expected actions per capability: how many were met, partially met, not met, or not assessed yet. */
export function actionTally(
  body: Pick<ScenarioBody, 'modules'>,
  evaluation: EvaluationBody,
): ReadonlyMap<ExerciseCapability, ActionTally> {
  const tallies = new Map<ExerciseCapability, Record<ActionResult | 'unassessed', number>>();
  for (const inject of injectsInOrder(body)) {
    for (const action of inject.expectedActions) {
      const tally = tallies.get(action.capability) ?? { met: 0, 'partially-met': 0, 'not-met': 0, unassessed: 0 };
      const result = evaluation.actions[actionKey(inject.id, action.id)]?.result;
      tally[result ?? 'unassessed'] += 1;
      tallies.set(action.capability, tally);
    }
  }
  return tallies;
}

export interface StatementSummary {
  readonly statement: string;
  readonly responses: number;
  /** Mean agreement 1–5 to one decimal, or null with no responses. */
  readonly mean: number | null;
  /** How many answered 1, 2, 3, 4, 5. */
  readonly distribution: readonly [number, number, number, number, number];
}

export interface FeedbackSummary {
  readonly responses: number;
  readonly statements: readonly StatementSummary[];
  readonly strengths: readonly string[];
  readonly areasForImprovement: readonly string[];
  /** Corrective actions participants proposed, high priority first. */
  readonly correctiveActions: readonly { readonly text: string; readonly priority: Priority; readonly count: number }[];
}

/** The participant feedback summary the AAR/IP prints. Identical corrective actions are counted once each. */
export function feedbackSummary(
  feedback: readonly Pick<ExerciseFeedback, 'agreement' | 'strengths' | 'areasForImprovement' | 'correctiveActions'>[],
): FeedbackSummary {
  const statements = FEEDBACK_STATEMENTS.map((statement, index): StatementSummary => {
    const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    let sum = 0;
    let responses = 0;
    for (const form of feedback) {
      const value = form.agreement[index];
      if (value === undefined) continue;
      distribution[value - 1] = (distribution[value - 1] ?? 0) + 1;
      sum += value;
      responses += 1;
    }
    return {
      statement,
      responses,
      mean: responses === 0 ? null : Math.round((sum / responses) * 10) / 10,
      distribution,
    };
  });
  const actions = new Map<string, { text: string; priority: Priority; count: number }>();
  for (const form of feedback) {
    for (const action of form.correctiveActions) {
      const key = `${action.priority}|${action.text.toLowerCase()}`;
      const known = actions.get(key);
      if (known) known.count += 1;
      else actions.set(key, { text: action.text, priority: action.priority, count: 1 });
    }
  }
  return {
    responses: feedback.length,
    statements,
    strengths: feedback.map((form) => form.strengths).filter((text) => text.length > 0),
    areasForImprovement: feedback.map((form) => form.areasForImprovement).filter((text) => text.length > 0),
    correctiveActions: [...actions.values()].toSorted(
      (a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) || b.count - a.count,
    ),
  };
}

/** Counts of each rating in a set of rows (for the AAR's summary line). */
export function ratingCounts(rows: readonly { readonly rating: HseepRating | null }[]): Record<HseepRating, number> {
  const counts = Object.fromEntries(HSEEP_RATINGS.map((rating) => [rating, 0])) as Record<HseepRating, number>;
  for (const row of rows) if (row.rating !== null) counts[row.rating] += 1;
  return counts;
}

/**
 * When the next exercise is due: `cadenceMonths` after the last one held (its planned date), or now when none has
 * been held. Month arithmetic clamps to the month's last day (31 Jan + 1 month = 28/29 Feb).
 */
export function nextExerciseDue(
  lastHeldAt: string | null,
  cadenceMonths: number,
  now: number,
): { dueAt: string; overdue: boolean } {
  if (lastHeldAt === null) return { dueAt: new Date(now).toISOString(), overdue: true };
  const last = new Date(lastHeldAt);
  const target = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + cadenceMonths, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(last.getUTCDate(), lastDay));
  target.setUTCHours(last.getUTCHours(), last.getUTCMinutes(), last.getUTCSeconds(), last.getUTCMilliseconds());
  return { dueAt: target.toISOString(), overdue: target.getTime() < now };
}
