/** HSEEP roll-ups: worst-of targets, Table 1 rows, the action tally, the feedback summary and the next due date. */
import { describe, expect, it } from 'vitest';
import { chatbotJailbreak } from '../../../shared/domain/exercises/builtIn/chatbotJailbreak';
import {
  EMPTY_EVALUATION,
  applyEvaluationChange,
  type EvaluationBody,
} from '../../../shared/domain/exercises/evaluation';
import {
  actionTally,
  capabilityRollups,
  feedbackSummary,
  nextExerciseDue,
  objectiveCapabilityTable,
  worstRating,
} from '../../../shared/domain/exercises/rollups';
import { scenarioBodySchema } from '../../../shared/domain/exercises/scenario';
import { BUILT_IN_RUNBOOKS } from '../../../shared/domain/runbooks/builtInRunbooks';

const body = scenarioBodySchema.parse(chatbotJailbreak.body);
const note = '';

function evaluate(...changes: Parameters<typeof applyEvaluationChange>[1][]): EvaluationBody {
  return changes.reduce(applyEvaluationChange, EMPTY_EVALUATION);
}

describe('HSEEP roll-ups', () => {
  it('takes the most challenged rating, and none of nothing', () => {
    expect(worstRating([])).toBeNull();
    expect(worstRating(['P', 'S', 'P'])).toBe('S');
    expect(worstRating(['M', 'U', 'S'])).toBe('U');
  });

  it('suggests each capability’s rating from its targets and keeps the evaluators’ own', () => {
    const evaluation = evaluate(
      { kind: 'target', targetId: 't-contain', assessment: { rating: 'S', note } },
      { kind: 'target', targetId: 't-detect', assessment: { rating: 'P', note } },
      { kind: 'capability', capability: 'detection-triage', assessment: { rating: 'S', note } },
    );
    const rollups = capabilityRollups(body, evaluation);
    expect(rollups.find((r) => r.capability === 'containment')).toMatchObject({ suggested: 'S', rating: null });
    expect(rollups.find((r) => r.capability === 'detection-triage')).toMatchObject({ suggested: 'P', rating: 'S' });
    expect(rollups.find((r) => r.capability === 'regulatory-notification')).toMatchObject({ suggested: null });
  });

  it('builds Table 1: one row per objective and capability, rated by the evaluators or their targets', () => {
    const evaluation = evaluate(
      { kind: 'target', targetId: 't-contain', assessment: { rating: 'M', note } },
      { kind: 'capability', capability: 'detection-triage', assessment: { rating: 'P', note } },
    );
    expect(objectiveCapabilityTable(body, evaluation).slice(0, 3)).toEqual([
      {
        objectiveId: 'o-detect-contain',
        objective: body.objectives[0]?.text,
        capability: 'detection-triage',
        rating: 'P',
      },
      { objectiveId: 'o-detect-contain', objective: body.objectives[0]?.text, capability: 'containment', rating: 'M' },
      {
        objectiveId: 'o-detect-contain',
        objective: body.objectives[0]?.text,
        capability: 'evidence-preservation',
        rating: null,
      },
    ]);
  });

  it('tallies expected actions per capability', () => {
    const evaluation = evaluate(
      { kind: 'action', injectId: 'i2-viral-thread', actionId: 'a-kill-switch', assessment: { result: 'met', note } },
      { kind: 'action', injectId: 'i2-viral-thread', actionId: 'a-freeze', assessment: { result: 'not-met', note } },
    );
    expect(actionTally(body, evaluation).get('containment')).toEqual({
      met: 1,
      'partially-met': 0,
      'not-met': 1,
      unassessed: 2,
    });
  });

  it('summarises feedback: means to one decimal, distributions, corrective actions high priority first', () => {
    const form = (agreement: number[], actions: { text: string; priority: 'high' | 'medium' | 'low' }[]) => ({
      agreement,
      strengths: 'Fast kill switch',
      areasForImprovement: '',
      correctiveActions: actions,
    });
    const summary = feedbackSummary([
      form([5, 4, 4, 3, 5, 2, 4, 5], [{ text: 'Allow-list for the index', priority: 'low' }]),
      form(
        [4, 4, 5, 3, 5, 3, 4, 4],
        [
          { text: 'Rotate keys faster', priority: 'high' },
          { text: 'Allow-list for the index', priority: 'low' },
        ],
      ),
    ]);
    expect(summary.responses).toBe(2);
    expect(summary.statements[0]).toMatchObject({ mean: 4.5, distribution: [0, 0, 0, 1, 1], responses: 2 });
    expect(summary.statements[5]?.mean).toBe(2.5);
    expect(summary.correctiveActions).toEqual([
      { text: 'Rotate keys faster', priority: 'high', count: 1 },
      { text: 'Allow-list for the index', priority: 'low', count: 2 },
    ]);
    expect(feedbackSummary([]).statements[0]?.mean).toBeNull();
  });

  it('puts the next exercise a cadence after the last one held, clamped to the month’s end', () => {
    const now = Date.parse('2026-11-30T00:00:00.000Z');
    expect(nextExerciseDue('2026-08-31T10:00:00.000Z', 3, now)).toEqual({
      dueAt: '2026-11-30T10:00:00.000Z',
      overdue: false,
    });
    expect(nextExerciseDue('2026-01-31T10:00:00.000Z', 1, now).dueAt).toBe('2026-02-28T10:00:00.000Z');
    expect(nextExerciseDue(null, 3, now)).toEqual({ dueAt: '2026-11-30T00:00:00.000Z', overdue: true });
  });
});

describe('built-in chatbot jailbreak scenario', () => {
  it('is a valid scenario with a contingency inject and runbook-linked expected actions', () => {
    const injects = body.modules.flatMap((module) => module.injects);
    expect(injects.length).toBeGreaterThanOrEqual(6);
    expect(injects.some((inject) => inject.contingency)).toBe(true);
    expect(injects.flatMap((inject) => inject.expectedActions).filter((a) => a.runbookStep).length).toBeGreaterThan(5);
  });

  it('links expected actions only to steps the built-in runbooks have', () => {
    const steps = new Set(
      BUILT_IN_RUNBOOKS.flatMap((runbook) =>
        runbook.phases.flatMap((phase) => phase.steps.map((step) => `${runbook.lineageId}/${step.id}`)),
      ),
    );
    const links = body.modules
      .flatMap((module) => module.injects)
      .flatMap((inject) => inject.expectedActions)
      .flatMap((action) =>
        action.runbookStep ? [`${action.runbookStep.lineageId}/${action.runbookStep.stepId}`] : [],
      );
    expect(links.filter((link) => !steps.has(link))).toEqual([]);
  });
});
