import { describe, expect, it } from 'vitest';
import {
  checkPhaseGate,
  checkStepUpdate,
  computeDueAt,
  isOverdue,
  openCriticalSteps,
  progressByPhase,
  stepUpdateSchema,
} from '../../shared/domain/runbooks/checklist';
import { escalationsFor, DEFAULT_ESCALATION_RULES } from '../../shared/domain/team/team';
import type { RunbookPhase } from '../../shared/domain/runbooks/runbook';
import type { StepState } from '../../shared/domain/runbooks/checklist';

function row(
  phase: RunbookPhase,
  state: StepState,
  critical: boolean,
  title = `${phase} ${state}`,
  dueAt = '2026-11-20T09:00:00.000Z',
) {
  return { phase, state, dueAt, step: { critical, title, evidenceRequired: false }, evidence: [] };
}

describe('due times', () => {
  it('counts from the declaration and marks open steps past due as overdue', () => {
    expect(computeDueAt('2026-11-20T08:30:00.000Z', 15)).toBe('2026-11-20T08:45:00.000Z');
    expect(computeDueAt('2026-11-20T08:30:00.000Z', 3 * 1_440)).toBe('2026-11-23T08:30:00.000Z');
    const now = Date.parse('2026-11-20T09:00:00.001Z');
    expect(isOverdue({ state: 'todo', dueAt: '2026-11-20T09:00:00.000Z' }, now)).toBe(true);
    expect(isOverdue({ state: 'blocked', dueAt: '2026-11-20T09:00:00.000Z' }, now)).toBe(true);
    expect(isOverdue({ state: 'done', dueAt: '2026-11-20T09:00:00.000Z' }, now)).toBe(false);
    expect(isOverdue({ state: 'skipped', dueAt: '2026-11-20T09:00:00.000Z' }, now)).toBe(false);
    expect(isOverdue({ state: 'todo', dueAt: '2026-11-20T09:00:00.002Z' }, now)).toBe(false);
  });
});

describe('step state rules', () => {
  const plain = { state: 'todo' as const, evidence: [], step: { evidenceRequired: false } };
  const evidenceStep = { ...plain, step: { evidenceRequired: true } };
  const update = (input: Parameters<typeof stepUpdateSchema.parse>[0]) => stepUpdateSchema.parse(input);

  it('needs a reason to skip or block, evidence to finish an evidence step, and a change', () => {
    expect(checkStepUpdate(plain, update({ state: 'done' }))).toEqual({ ok: true });
    expect(checkStepUpdate(plain, update({ state: 'in-progress' }))).toEqual({ ok: true });
    expect(checkStepUpdate(plain, update({ state: 'skipped' }))).toEqual({
      ok: false,
      message: 'Give a reason for skipping this step.',
    });
    expect(checkStepUpdate(plain, update({ state: 'blocked', reason: '  ' }))).toEqual({
      ok: false,
      message: 'Say what is blocking this step.',
    });
    expect(checkStepUpdate(plain, update({ state: 'skipped', reason: 'Not applicable: no tools' }))).toEqual({
      ok: true,
    });
    expect(checkStepUpdate(evidenceStep, update({ state: 'done' }))).toEqual({
      ok: false,
      message: 'This step requires evidence: attach or reference it before marking it done.',
    });
    expect(
      checkStepUpdate(evidenceStep, update({ state: 'done', evidence: [{ kind: 'text', text: 'TICKET-1' }] })),
    ).toEqual({ ok: true });
    expect(checkStepUpdate(plain, update({ state: 'todo' })).ok).toBe(false);
    expect(stepUpdateSchema.safeParse({ state: 'done', evidence: [{ kind: 'text', text: '' }] }).success).toBe(false);
  });
});

describe('progress and phase gating', () => {
  const steps = [
    row('detection-analysis', 'done', true),
    row('detection-analysis', 'skipped', false),
    row('containment', 'todo', true, 'Freeze prompts'),
    row('containment', 'in-progress', false),
    row('eradication', 'todo', true, 'Rotate the system prompt', '2026-11-21T09:00:00.000Z'),
  ];

  it('counts resolved, total and overdue per phase in lifecycle order', () => {
    expect(progressByPhase(steps, Date.parse('2026-11-20T10:00:00.000Z'))).toEqual([
      { phase: 'detection-analysis', resolved: 2, total: 2, overdue: 0 },
      { phase: 'containment', resolved: 0, total: 2, overdue: 2 },
      { phase: 'eradication', resolved: 0, total: 1, overdue: 0 },
    ]);
  });

  it('finds open critical steps of every phase left behind when moving forward, none when moving back', () => {
    expect(openCriticalSteps(steps, 'detection-analysis', 'containment')).toEqual([]);
    expect(openCriticalSteps(steps, 'containment', 'eradication').map((s) => s.step.title)).toEqual(['Freeze prompts']);
    expect(openCriticalSteps(steps, 'containment', 'recovery').map((s) => s.step.title)).toEqual([
      'Freeze prompts',
      'Rotate the system prompt',
    ]);
    expect(openCriticalSteps(steps, 'eradication', 'containment')).toEqual([]);
    expect(openCriticalSteps(steps, 'closed', 'detection-analysis')).toEqual([]);
  });

  it('refuses to move on past open critical steps without an override reason', () => {
    expect(checkPhaseGate(steps, 'containment', 'eradication', '')).toEqual({
      ok: false,
      open: ['Freeze prompts'],
      message: '1 critical step is still open in Containment. Complete it, or give a reason to override.',
    });
    expect(checkPhaseGate(steps, 'containment', 'eradication', 'Freeze owner unreachable; IC accepts risk')).toEqual({
      ok: true,
      overridden: ['Freeze prompts'],
    });
    expect(checkPhaseGate(steps, 'detection-analysis', 'containment', '')).toEqual({ ok: true, overridden: [] });
  });
});

describe('escalations', () => {
  it('lists the rules for the severity with due times from the declaration, engaged, due or overdue', () => {
    const [ic, safety, legal] = DEFAULT_ESCALATION_RULES.filter((rule) => rule.severity === 'SEV2');
    const states = escalationsFor(
      DEFAULT_ESCALATION_RULES,
      { severity: 'SEV2', declaredAt: '2026-11-20T08:00:00.000Z' },
      new Set([ic!.id]),
      Date.parse('2026-11-20T09:30:00.000Z'),
    );
    expect(states.map((state) => [state.rule.engage, state.dueAt, state.status])).toEqual([
      [safety!.engage, '2026-11-20T09:00:00.000Z', 'overdue'],
      [ic!.engage, '2026-11-20T09:00:00.000Z', 'engaged'],
      [legal!.engage, '2026-11-20T12:00:00.000Z', 'due'],
    ]);
  });
});
