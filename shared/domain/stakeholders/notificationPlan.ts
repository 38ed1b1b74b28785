/**
 * The notification plan: who must be told, how fast, from the incident's severity and impact flags, by rules kept as
 * data (seed 002): SEV1 → executive, security, legal and communications immediately; personal data → the DPO
 * immediately and affected users urgently; a public-facing service → PR immediately and support leads urgently; the
 * core groups otherwise at the standard tier. Tiers: immediate ≤ 15 min, urgent ≤ 1 h, standard ≤ 24 h, due from
 * declaration. The plan is computed (`notificationPlanOf`), never stored; what is stored is what was done — each
 * notification with who, when, channel and what was sent — and every recomputation with what changed.
 */
import { z } from 'zod';
import type { Incident } from '../incidents/incident';
import { IMPACT_FLAG_LABELS, impactFlagSchema, severitySchema, type ImpactFlag } from '../incidents/taxonomy';
import { personIdSchema, recordMetaSchema } from '../record';
import { subjectSchema } from '../subject';
import { isoTimestampSchema } from '../time';
import { AUDIENCES, AUDIENCE_LABELS, audienceSchema, channelSchema, type Audience } from './stakeholder';

export const NOTIFICATION_RULES_VERSION = 'seed-002/2026.1';

export const TIERS = ['immediate', 'urgent', 'standard'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_MINUTES: Readonly<Record<Tier, number>> = { immediate: 15, urgent: 60, standard: 24 * 60 };
export const TIER_LABELS: Readonly<Record<Tier, string>> = {
  immediate: 'Immediate (≤ 15 min)',
  urgent: 'Urgent (≤ 1 h)',
  standard: 'Standard (≤ 24 h)',
};

export interface NotificationRule {
  readonly id: string;
  /** When the rule applies: a severity, an impact flag, or always. */
  readonly when: { readonly severity: Incident['severity'] } | { readonly flag: ImpactFlag } | 'always';
  readonly notify: readonly { readonly audience: Audience; readonly tier: Tier }[];
  readonly because: string;
}

export const NOTIFICATION_RULES: readonly NotificationRule[] = [
  {
    id: 'sev1',
    when: { severity: 'SEV1' },
    notify: [
      { audience: 'executive', tier: 'immediate' },
      { audience: 'security', tier: 'immediate' },
      { audience: 'legal', tier: 'immediate' },
      { audience: 'communications', tier: 'immediate' },
    ],
    because: 'SEV1 incident',
  },
  {
    id: 'personal-data',
    when: { flag: 'personal-data' },
    notify: [
      { audience: 'dpo', tier: 'immediate' },
      { audience: 'affected-users', tier: 'urgent' },
    ],
    because: 'personal data involved',
  },
  {
    id: 'public-facing',
    when: { flag: 'public-facing' },
    notify: [
      { audience: 'pr', tier: 'immediate' },
      { audience: 'support-leads', tier: 'urgent' },
    ],
    because: 'public-facing service affected',
  },
  {
    id: 'standard',
    when: 'always',
    notify: [
      { audience: 'executive', tier: 'standard' },
      { audience: 'security', tier: 'standard' },
      { audience: 'legal', tier: 'standard' },
      { audience: 'communications', tier: 'standard' },
    ],
    because: 'every incident',
  },
];

export interface PlanEntry {
  readonly audience: Audience;
  readonly tier: Tier;
  /** Declaration plus the tier's time. */
  readonly dueAt: string;
  /** The rules that raised it at this tier, in words. */
  readonly reasons: readonly string[];
}

export interface PlanBasis {
  readonly severity: Incident['severity'];
  readonly impactFlags: readonly ImpactFlag[];
  readonly declaredAt: string;
}

function ruleApplies(rule: NotificationRule, basis: PlanBasis): boolean {
  if (rule.when === 'always') return true;
  if ('severity' in rule.when) return basis.severity === rule.when.severity;
  return basis.impactFlags.includes(rule.when.flag);
}

/** The plan for an incident: one entry per audience at the fastest tier any applying rule gives it. */
export function notificationPlanOf(basis: PlanBasis): PlanEntry[] {
  const declared = Date.parse(basis.declaredAt);
  const chosen = new Map<Audience, { tier: Tier; reasons: string[] }>();
  for (const rule of NOTIFICATION_RULES.filter((candidate) => ruleApplies(candidate, basis))) {
    for (const { audience, tier } of rule.notify) {
      const held = chosen.get(audience);
      if (held === undefined || TIERS.indexOf(tier) < TIERS.indexOf(held.tier)) {
        chosen.set(audience, { tier, reasons: [rule.because] });
      } else if (held.tier === tier) {
        held.reasons.push(rule.because);
      }
    }
  }
  return AUDIENCES.flatMap((audience) => {
    const entry = chosen.get(audience);
    if (entry === undefined) return [];
    const dueAt = new Date(declared + TIER_MINUTES[entry.tier] * 60_000).toISOString();
    return [{ audience, tier: entry.tier, dueAt, reasons: entry.reasons }];
  });
}

export function planBasisOf(incident: Pick<Incident, 'severity' | 'impactFlags' | 'declaredAt'>): {
  severity: Incident['severity'];
  impactFlags: ImpactFlag[];
  declaredAt: string;
} {
  return { severity: incident.severity, impactFlags: [...incident.impactFlags], declaredAt: incident.declaredAt };
}

/** What a change of severity or flags did to the plan, in words; empty when the plan is the same. */
export function describePlanChange(before: PlanBasis, after: PlanBasis): string[] {
  const cause: string[] = [];
  if (before.severity !== after.severity) cause.push(`severity ${before.severity} → ${after.severity}`);
  const added = after.impactFlags.filter((flag) => !before.impactFlags.includes(flag));
  const removed = before.impactFlags.filter((flag) => !after.impactFlags.includes(flag));
  for (const flag of added) cause.push(`${IMPACT_FLAG_LABELS[flag].toLowerCase()} flagged`);
  for (const flag of removed) cause.push(`${IMPACT_FLAG_LABELS[flag].toLowerCase()} no longer flagged`);
  const old = new Map(notificationPlanOf(before).map((entry) => [entry.audience, entry]));
  const next = new Map(notificationPlanOf(after).map((entry) => [entry.audience, entry]));
  const effects = AUDIENCES.flatMap((audience): string[] => {
    const was = old.get(audience);
    const now = next.get(audience);
    const label = AUDIENCE_LABELS[audience];
    if (was === undefined && now !== undefined) return [`${label} added (${TIER_LABELS[now.tier]})`];
    if (was !== undefined && now === undefined) return [`${label} no longer in the plan`];
    if (was !== undefined && now !== undefined && was.tier !== now.tier) {
      return [`${label}: ${TIER_LABELS[was.tier]} → ${TIER_LABELS[now.tier]}`];
    }
    return [];
  });
  if (cause.length === 0) return [];
  return [`${cause.join('; ')}: ${effects.length === 0 ? 'the plan is unchanged' : effects.join('; ')}`];
}

/** One notification made: to whom, when, by whom, through which channel, and what was sent. */
export const notificationSchema = z.object({
  audience: audienceSchema,
  notifiedAt: isoTimestampSchema,
  by: z.string().trim().min(1, 'Say who notified them.').max(120, 'Use at most 120 characters.'),
  channel: channelSchema,
  sent: z.string().trim().min(1, 'Say what was sent or said.').max(4_000, 'Use at most 4,000 characters.'),
  recordedBy: z.string().max(120),
  recordedById: personIdSchema,
  recordedAt: isoTimestampSchema,
});
export type Notification = z.infer<typeof notificationSchema>;

export const markNotifiedSchema = notificationSchema.pick({
  audience: true,
  notifiedAt: true,
  by: true,
  channel: true,
  sent: true,
});
export type MarkNotifiedInput = z.input<typeof markNotifiedSchema>;

export const planChangeSchema = z.object({
  at: isoTimestampSchema,
  what: z.string().max(2_000),
  rulesVersion: z.string().max(40),
});
export type PlanChange = z.infer<typeof planChangeSchema>;

/** What was done about an incident's plan; made at the first notification or the first recomputation. */
export const notificationLogSchema = recordMetaSchema.extend({
  subject: subjectSchema,
  notifications: z.array(notificationSchema),
  changes: z.array(planChangeSchema),
  /** The basis the plan was last computed from, so a later change can say what changed. */
  basis: z.object({
    severity: severitySchema,
    impactFlags: z.array(impactFlagSchema),
    declaredAt: isoTimestampSchema,
  }),
});
export type NotificationLog = z.infer<typeof notificationLogSchema>;

export type EntryState = 'notified' | 'overdue' | 'due';

/** Each plan entry with its state now: notified (and when), overdue, or due. */
export function planStatus(
  entries: readonly PlanEntry[],
  notifications: readonly Notification[],
  now: number,
): { readonly entry: PlanEntry; readonly state: EntryState; readonly notification: Notification | undefined }[] {
  return entries.map((entry) => {
    const notification = notifications.find((made) => made.audience === entry.audience);
    const state: EntryState = notification ? 'notified' : Date.parse(entry.dueAt) < now ? 'overdue' : 'due';
    return { entry, state, notification };
  });
}
