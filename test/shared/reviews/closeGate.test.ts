import { describe, expect, it } from 'vitest';
import { checkCloseGate } from '../../../shared/domain/reviews/closeGate';

const real = { exercise: null };
const practice = { exercise: { exerciseId: '0190a000-0000-7000-8000-000000000001', ref: 'EX-2026-0001' } };
const waiver = { reason: 'Duplicate of INC-2026-0001', approverId: 'x' };

describe('closing needs a review', () => {
  it('refuses to close without a review, or with a draft, in words', () => {
    expect(checkCloseGate(real, 'closed', undefined)).toMatch(
      /cannot close yet: write and complete its post-incident review, or record a waiver/,
    );
    expect(checkCloseGate(real, 'closed', { status: 'draft', waiver: null })).toMatch(/still a draft/);
  });

  it('allows closing with a completed review or a recorded waiver', () => {
    expect(checkCloseGate(real, 'closed', { status: 'complete', waiver: null })).toBeUndefined();
    expect(checkCloseGate(real, 'closed', { status: 'draft', waiver })).toBeUndefined();
  });

  it('does not apply to other phases or to practice incidents', () => {
    expect(checkCloseGate(real, 'post-incident-review', undefined)).toBeUndefined();
    expect(checkCloseGate(practice, 'closed', undefined)).toBeUndefined();
  });
});
