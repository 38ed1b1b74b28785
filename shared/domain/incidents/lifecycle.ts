/**
 * Lifecycle rules: which phase changes are allowed and when a reason is required. Moving forward needs no reason;
 * moving back, or reopening a closed incident, does — it goes on the timeline for the post-incident review. So does
 * lowering the severity.
 */
import { z } from 'zod';
import { PHASES, PHASE_LABELS, SEVERITIES, phaseSchema, type Phase, type Severity } from './taxonomy';
import { isoTimestampSchema } from '../time';

export const phaseChangeRequestSchema = z.object({
  to: phaseSchema,
  reason: z.string().trim().max(2_000, 'Keep the reason under 2,000 characters.').default(''),
  occurredAt: isoTimestampSchema,
  /** Why the incident moves on with critical checklist steps still open (see checkPhaseGate in checklist.ts). */
  overrideReason: z.string().trim().max(2_000, 'Keep the override reason under 2,000 characters.').default(''),
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

/** True when `to` is a less severe level than `from` (SEV1 → SEV3). */
export function isSeverityLowered(from: Severity, to: Severity): boolean {
  return SEVERITIES.indexOf(to) > SEVERITIES.indexOf(from);
}

/** The reason lowering the severity needs (it shortens clocks, escalations and notifications). */
export const severityReasonSchema = z
  .string()
  .trim()
  .min(1, 'Say why the severity is lowered.')
  .max(2_000, 'Keep the reason under 2,000 characters.');

/** Lowering the severity needs a reason in words; raising it or keeping it does not. */
export function checkSeverityChange(from: Severity, to: Severity, reason: string): string | undefined {
  return isSeverityLowered(from, to) && reason.trim() === ''
    ? `Give a reason for lowering the severity from ${from} to ${to}.`
    : undefined;
}

/** Responders' clocks drift; event times up to this far ahead of the local clock are accepted. */
export const CLOCK_SKEW_TOLERANCE_MS = 5 * 60_000;

/** Refuses an event time in the future (beyond clock skew). Returns the problem in words, or undefined. */
export function checkNotInFuture(what: string, at: string, now: string): string | undefined {
  return Date.parse(at) > Date.parse(now) + CLOCK_SKEW_TOLERANCE_MS ? `${what} cannot be in the future.` : undefined;
}

/** A phase change happens after the incident entered its current phase, and not in the future. */
export function checkPhaseChangeTime(
  current: { readonly phase: Phase; readonly phaseEnteredAt: Partial<Record<Phase, string>> },
  occurredAt: string,
  now: string,
): string | undefined {
  const entered = current.phaseEnteredAt[current.phase];
  if (entered !== undefined && Date.parse(occurredAt) < Date.parse(entered)) {
    return `The phase change cannot be earlier than when the incident entered ${PHASE_LABELS[current.phase]}.`;
  }
  return checkNotInFuture('The phase change', occurredAt, now);
}
