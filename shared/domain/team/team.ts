/**
 * The response team (CSET IR-2 Governance): the local people directory with out-of-band contact channels, role
 * assignments with backups on an incident, and the escalation matrix — per severity, who must be engaged within how
 * long of the declaration — with the rule that says which escalations are due or overdue.
 */
import { z } from 'zod';
import { uuidV7Schema } from '../ids';
import { personIdSchema, recordMetaSchema, personNameSchema } from '../record';
import { severitySchema, type Severity } from '../incidents/taxonomy';

export const CONTACT_KINDS = ['phone', 'email', 'radio', 'chat', 'pager', 'other'] as const;
export const contactKindSchema = z.enum(CONTACT_KINDS, { error: 'Choose a kind of channel.' });
export type ContactKind = z.infer<typeof contactKindSchema>;

export const CONTACT_KIND_LABELS: Readonly<Record<ContactKind, string>> = {
  phone: 'Phone',
  email: 'Email',
  radio: 'Radio',
  chat: 'Chat',
  pager: 'Pager',
  other: 'Other',
};

export const contactChannelSchema = z.object({
  kind: contactKindSchema,
  value: z.string().trim().min(1, 'Enter the number, address or call sign.').max(200, 'Use at most 200 characters.'),
  /** Works when the primary network is down or compromised (phone, radio, a separate chat). */
  outOfBand: z.boolean().default(false),
});
export type ContactChannel = z.infer<typeof contactChannelSchema>;

const personShape = {
  name: personNameSchema,
  role: z.string().trim().max(80, 'Use at most 80 characters.').default(''),
  team: z.string().trim().max(80, 'Use at most 80 characters.').default(''),
  channels: z.array(contactChannelSchema).max(10, 'Use at most 10 channels.').default([]),
};
export const personDraftSchema = z.object(personShape);
export type PersonDraft = z.infer<typeof personDraftSchema>;
export type PersonDraftInput = z.input<typeof personDraftSchema>;
export const personSchema = recordMetaSchema.extend(personShape);
export type Person = z.infer<typeof personSchema>;

/** Response-team roles from the seeds; incidents may add custom roles too. */
export const STANDARD_ROLES = [
  'incident-commander',
  'ai-safety-lead',
  'security-analyst',
  'data-scientist',
  'communications-lead',
  'legal-advisor',
] as const;

const ROLE_NAMES: Readonly<Record<string, string>> = {
  'incident-commander': 'Incident commander',
  'ai-safety-lead': 'AI safety lead',
  'security-analyst': 'Security analyst',
  'data-scientist': 'Data scientist',
  'communications-lead': 'Communications lead',
  'legal-advisor': 'Legal advisor',
};

/**
 * Who an escalation rule may engage: the response-team roles plus the two the default matrix names beyond them.
 * The matrix editor offers these as choices (a rule saved earlier with another name keeps it as a choice).
 */
export const ESCALATION_ROLE_CHOICES: readonly string[] = [
  ...STANDARD_ROLES.map((role) => ROLE_NAMES[role] ?? role),
  'Executive sponsor',
  'System owner',
  'Data protection officer',
];

/** A role id in words ("incident-commander" → "Incident commander"); custom roles are de-slugged. */
export function roleName(role: string): string {
  const known = ROLE_NAMES[role];
  if (known) return known;
  const words = role.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const roleChangeSchema = z.object({
  role: z
    .string()
    .trim()
    .min(1, 'Choose or name a role.')
    .max(80, 'Use at most 80 characters.')
    .transform((role) => role.toLowerCase().replace(/\s+/g, '-')),
  primary: personNameSchema,
  /** The directory entry chosen for the primary; without it the name is looked up (or added) in the directory. */
  primaryId: personIdSchema.optional(),
  backup: z.string().trim().max(120, 'Use at most 120 characters.').default(''),
  backupId: personIdSchema.optional(),
});
export type RoleChange = z.infer<typeof roleChangeSchema>;
export type RoleChangeInput = z.input<typeof roleChangeSchema>;

export const escalationRuleSchema = z.object({
  id: uuidV7Schema,
  severity: severitySchema,
  /** A role or a named person. */
  engage: z.string().trim().min(1, 'Say who must be engaged.').max(120, 'Use at most 120 characters.'),
  withinMinutes: z
    .number({ error: 'Enter the minutes after declaration.' })
    .int('Use whole minutes.')
    .min(0, 'Use zero or more minutes.')
    .max(10_080, 'Use at most 7 days (10,080 minutes).'),
});
export type EscalationRule = z.infer<typeof escalationRuleSchema>;

export const escalationRulesSchema = z.array(escalationRuleSchema).max(100, 'Use at most 100 rules.');
export const escalationMatrixSchema = recordMetaSchema.extend({ rules: escalationRulesSchema });
export type EscalationMatrix = z.infer<typeof escalationMatrixSchema>;

/**
 * The matrix in force until someone edits it, after the seeds' notification tiers (immediate ≤ 15 min, urgent
 * ≤ 1 h, standard ≤ 24 h). Its rule ids are fixed so "engaged" records stay attached when it is first saved.
 */
export const DEFAULT_ESCALATION_RULES: readonly EscalationRule[] = [
  { id: '01900000-0000-7000-8000-00000000e101', severity: 'SEV1', engage: 'Incident commander', withinMinutes: 15 },
  { id: '01900000-0000-7000-8000-00000000e102', severity: 'SEV1', engage: 'AI safety lead', withinMinutes: 15 },
  { id: '01900000-0000-7000-8000-00000000e103', severity: 'SEV1', engage: 'Legal advisor', withinMinutes: 60 },
  { id: '01900000-0000-7000-8000-00000000e104', severity: 'SEV1', engage: 'Executive sponsor', withinMinutes: 60 },
  { id: '01900000-0000-7000-8000-00000000e105', severity: 'SEV1', engage: 'Communications lead', withinMinutes: 60 },
  { id: '01900000-0000-7000-8000-00000000e201', severity: 'SEV2', engage: 'Incident commander', withinMinutes: 60 },
  { id: '01900000-0000-7000-8000-00000000e202', severity: 'SEV2', engage: 'AI safety lead', withinMinutes: 60 },
  { id: '01900000-0000-7000-8000-00000000e203', severity: 'SEV2', engage: 'Legal advisor', withinMinutes: 240 },
  { id: '01900000-0000-7000-8000-00000000e301', severity: 'SEV3', engage: 'AI safety lead', withinMinutes: 1_440 },
  { id: '01900000-0000-7000-8000-00000000e401', severity: 'SEV4', engage: 'System owner', withinMinutes: 4_320 },
];

export type EscalationStatus = 'engaged' | 'due' | 'overdue';

export interface EscalationState {
  readonly rule: EscalationRule;
  readonly dueAt: string;
  readonly status: EscalationStatus;
}

/** The escalations an incident of `severity` declared at `declaredAt` requires, soonest first, with their status. */
export function escalationsFor(
  rules: readonly EscalationRule[],
  incident: { readonly severity: Severity; readonly declaredAt: string; readonly exercise?: unknown },
  engagedRuleIds: { has(ruleId: string): boolean },
  now: number,
): EscalationState[] {
  // A practice incident of an exercise never requires a real escalation.
  if (incident.exercise !== undefined && incident.exercise !== null) return [];
  return rules
    .filter((rule) => rule.severity === incident.severity)
    .map((rule) => {
      const dueAt = new Date(Date.parse(incident.declaredAt) + rule.withinMinutes * 60_000).toISOString();
      const status: EscalationStatus = engagedRuleIds.has(rule.id)
        ? 'engaged'
        : Date.parse(dueAt) < now
          ? 'overdue'
          : 'due';
      return { rule, dueAt, status };
    })
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.rule.engage.localeCompare(b.rule.engage));
}
