/**
 * Lifecycle rules: which phase changes are allowed and when a reason is required. Moving forward needs no reason;
 * moving back, or reopening a closed incident, does — it goes on the timeline for the post-incident review.
 */
import { z } from 'zod';
import { PHASES, PHASE_LABELS, phaseSchema, type Phase } from './taxonomy';
import { isoTimestampSchema } from './time';

export const phaseChangeRequestSchema = z.object({
  to: phaseSchema,
  reason: z.string().trim().max(2_000, 'Keep the reason under 2,000 characters.').default(''),
  occurredAt: isoTimestampSchema,
});
export type PhaseChangeRequest = z.infer<typeof phaseChangeRequestSchema>;

export type PhaseChangeCheck =
  | { readonly ok: true; readonly kind: 'advance' | 'step-back' | 'reopen' }
  | { readonly ok: false; readonly message: string };

export function phaseIndex(phase: Phase): number {
  return PHASES.indexOf(phase);
}

export function nextPhase(phase: Phase): Phase | undefined {
  return PHASES[phaseIndex(phase) + 1];
}

export function checkPhaseChange(from: Phase, to: Phase, reason: string): PhaseChangeCheck {
  if (from === to) return { ok: false, message: `The incident is already in ${PHASE_LABELS[to]}.` };
  const needsReason = from === 'closed' || phaseIndex(to) < phaseIndex(from);
  if (needsReason && reason.trim() === '') {
    return {
      ok: false,
      message:
        from === 'closed'
          ? 'Give a reason for reopening this incident.'
          : `Give a reason for moving back to ${PHASE_LABELS[to]}.`,
    };
  }
  if (from === 'closed') return { ok: true, kind: 'reopen' };
  return { ok: true, kind: phaseIndex(to) > phaseIndex(from) ? 'advance' : 'step-back' };
}
