/** Exercise data never counts as real: practice incidents raise no regulatory clock and no escalation. */
import { describe, expect, it } from 'vitest';
import { incidentSchema } from '../../../shared/domain/incidents/incident';
import { isExercise, practiceIncidentTypes } from '../../../shared/domain/exercises/practice';
import { incidentRegulatoryClocks } from '../../../shared/domain/regulatory/incidentClocks';
import { regulatoryProfileSchema } from '../../../shared/domain/regulatory/regulatoryProfile';
import { escalationsFor } from '../../../shared/domain/team/team';
import { promptInjectionDraft } from '../../fixtures/incidentDrafts';

const meta = {
  id: '0190a000-0000-7000-8000-000000000001',
  createdAt: '2026-11-20T08:30:00.000Z',
  updatedAt: '2026-11-20T08:30:00.000Z',
  createdBy: 'Dana Reyes',
  createdById: '0190a000-0000-7000-8000-00000000da4a',
  updatedBy: 'Dana Reyes',
  updatedById: '0190a000-0000-7000-8000-00000000da4a',
  rev: 1,
  hlc: '001763627400000-0000-testnode1',
  deletedAt: null,
};

function incident(exercise: { exerciseId: string; ref: string } | null) {
  return incidentSchema.parse({
    ...promptInjectionDraft(),
    ...meta,
    ref: 'INC-2026-LON-0001',
    phase: 'detection-analysis',
    declaredAt: '2026-11-20T08:30:00.000Z',
    phaseEnteredAt: { 'detection-analysis': '2026-11-20T08:30:00.000Z' },
    exercise,
  });
}

const real = incident(null);
const practice = incident({ exerciseId: '0190a000-0000-7000-8000-0000000000e1', ref: 'EX-2026-LON-0001' });

const profile = regulatoryProfileSchema.parse({
  ...meta,
  id: '0190a000-0000-7000-8000-000000000002',
  subject: { kind: 'incident', id: meta.id, ref: 'INC-2026-LON-0001' },
  regimes: [{ regime: 'gdpr-art33', reason: 'Personal data of EU customers' }],
  regimeChanges: [],
  timeZone: 'Europe/Berlin',
  country: 'DE',
  holidays: null,
  facts: {},
  anchors: {},
  submissions: [],
});

describe('practice incidents', () => {
  it('are told apart by isExercise', () => {
    expect(isExercise(real)).toBe(false);
    expect(isExercise(practice)).toBe(true);
  });

  it('run no regulatory clock, where the same real incident runs GDPR’s', () => {
    expect(incidentRegulatoryClocks(real, profile).map((clock) => clock.regime)).toEqual(['gdpr-art33']);
    expect(incidentRegulatoryClocks(practice, profile)).toEqual([]);
  });

  it('require no escalation, where the same real incident does', () => {
    const rules = [
      { id: '0190a000-0000-7000-8000-0000000000f1', severity: 'SEV2' as const, engage: 'CISO', withinMinutes: 60 },
    ];
    const now = Date.parse('2026-11-20T10:00:00.000Z');
    expect(escalationsFor(rules, real, new Set(), now).map((state) => state.status)).toEqual(['overdue']);
    expect(escalationsFor(rules, practice, new Set(), now)).toEqual([]);
  });

  it('take their incident types from the scenario’s ATLAS techniques', () => {
    expect(practiceIncidentTypes(['AML.T0054'])).toEqual(['jailbreak']);
    expect(practiceIncidentTypes([])).toEqual(['misuse-abuse']);
  });
});
