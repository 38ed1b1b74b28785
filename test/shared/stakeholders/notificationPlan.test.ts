/** The notification plan from seed 002's rules: tiers by severity and flags, due from declaration, what changed. */
import { describe, expect, it } from 'vitest';
import {
  describePlanChange,
  notificationPlanOf,
  planStatus,
} from '../../../shared/domain/stakeholders/notificationPlan';

const declaredAt = '2026-11-20T08:30:00.000Z';

describe('notification plan', () => {
  it('SEV1 with personal data and a public-facing service: immediate, urgent and due times from declaration', () => {
    const plan = notificationPlanOf({ severity: 'SEV1', impactFlags: ['personal-data', 'public-facing'], declaredAt });
    expect(plan.map(({ audience, tier, dueAt }) => [audience, tier, dueAt])).toEqual([
      ['executive', 'immediate', '2026-11-20T08:45:00.000Z'],
      ['security', 'immediate', '2026-11-20T08:45:00.000Z'],
      ['legal', 'immediate', '2026-11-20T08:45:00.000Z'],
      ['communications', 'immediate', '2026-11-20T08:45:00.000Z'],
      ['dpo', 'immediate', '2026-11-20T08:45:00.000Z'],
      ['pr', 'immediate', '2026-11-20T08:45:00.000Z'],
      ['support-leads', 'urgent', '2026-11-20T09:30:00.000Z'],
      ['affected-users', 'urgent', '2026-11-20T09:30:00.000Z'],
    ]);
    expect(plan[0]?.reasons).toEqual(['SEV1 incident']);
  });

  it('the rest standard: a SEV3 without flags tells the core groups within 24 hours', () => {
    const plan = notificationPlanOf({ severity: 'SEV3', impactFlags: [], declaredAt });
    expect(plan).toEqual(
      ['executive', 'security', 'legal', 'communications'].map((audience) => ({
        audience,
        tier: 'standard',
        dueAt: '2026-11-21T08:30:00.000Z',
        reasons: ['every incident'],
      })),
    );
  });

  it('says what a change of severity or flags did to the plan', () => {
    const before = { severity: 'SEV2' as const, impactFlags: [], declaredAt };
    expect(describePlanChange(before, { ...before, severity: 'SEV1' })).toEqual([
      'severity SEV2 → SEV1: Executive team: Standard (≤ 24 h) → Immediate (≤ 15 min); Security: Standard (≤ 24 h) → Immediate (≤ 15 min); Legal: Standard (≤ 24 h) → Immediate (≤ 15 min); Communications: Standard (≤ 24 h) → Immediate (≤ 15 min)',
    ]);
    expect(describePlanChange(before, { ...before, impactFlags: ['personal-data'] })).toEqual([
      'personal data involved flagged: Data protection officer added (Immediate (≤ 15 min)); Affected users added (Urgent (≤ 1 h))',
    ]);
    expect(describePlanChange(before, { ...before, severity: 'SEV3' })).toEqual([
      'severity SEV2 → SEV3: the plan is unchanged',
    ]);
    expect(describePlanChange(before, before)).toEqual([]);
  });

  it('shows each entry as due, overdue or notified', () => {
    const plan = notificationPlanOf({ severity: 'SEV1', impactFlags: [], declaredAt });
    const notified = {
      audience: 'executive' as const,
      notifiedAt: '2026-11-20T08:40:00.000Z',
      by: 'Dana Reyes',
      channel: 'phone' as const,
      sent: 'Briefed the CEO.',
      recordedBy: 'Dana Reyes',
      recordedById: '0190a000-0000-7000-8000-00000000da4a',
      recordedAt: '2026-11-20T08:41:00.000Z',
    };
    const status = planStatus(plan, [notified], Date.parse('2026-11-20T08:50:00.000Z'));
    expect(status.map(({ entry, state }) => [entry.audience, state])).toEqual([
      ['executive', 'notified'],
      ['security', 'overdue'],
      ['legal', 'overdue'],
      ['communications', 'overdue'],
    ]);
    expect(planStatus(plan, [], Date.parse('2026-11-20T08:44:00.000Z'))[0]?.state).toBe('due');
  });
});
