/**
 * The stakeholder registry: the people and groups who must be told (executive team, security, legal,
 * communications, the data protection officer, PR, customer-support leads, affected users, partners) and the
 * authorities per regime and country, each with its contacts — out-of-band ones marked, for when e-mail and chat
 * are down — and the channel to use. The notification plan names audiences; the registry says who they are.
 */
import { z } from 'zod';
import { recordMetaSchema } from '../record';
import { REGIME_IDS } from '../regulatory/clockInput';

export const AUDIENCES = [
  'executive',
  'security',
  'legal',
  'communications',
  'dpo',
  'pr',
  'support-leads',
  'affected-users',
  'partners',
] as const;
export const audienceSchema = z.enum(AUDIENCES, { error: 'Choose who this is.' });
export type Audience = z.infer<typeof audienceSchema>;

export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = {
  executive: 'Executive team',
  security: 'Security',
  legal: 'Legal',
  communications: 'Communications',
  dpo: 'Data protection officer',
  pr: 'Public relations',
  'support-leads': 'Customer-support leads',
  'affected-users': 'Affected users',
  partners: 'Partners',
};

export const CHANNELS = [
  'phone',
  'email',
  'sms',
  'secure-messenger',
  'in-person',
  'radio',
  'portal',
  'letter',
] as const;
export const channelSchema = z.enum(CHANNELS, { error: 'Choose a channel.' });
export type Channel = z.infer<typeof channelSchema>;

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  phone: 'Phone',
  email: 'E-mail',
  sms: 'SMS',
  'secure-messenger': 'Secure messenger',
  'in-person': 'In person',
  radio: 'Radio',
  portal: 'Authority portal',
  letter: 'Letter',
};

export const contactSchema = z.object({
  channel: channelSchema,
  value: z.string().trim().min(1, 'Give the number, address or place.').max(300, 'Use at most 300 characters.'),
  /** Reachable when the usual systems (mail, chat, the network) are compromised or down. */
  outOfBand: z.boolean(),
});
export type Contact = z.infer<typeof contactSchema>;

const stakeholderBodyShape = {
  kind: z.enum(['group', 'person', 'authority'], { error: 'Choose a group, a person or an authority.' }),
  name: z.string().trim().min(1, 'Give a name.').max(200, 'Use at most 200 characters.'),
  /** Who they are to the notification plan (groups and people). */
  audience: audienceSchema.nullable(),
  /** The regime an authority receives filings under, and its country. */
  regime: z.enum(REGIME_IDS, { error: 'Choose a regime from the list.' }).nullable(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Give a two-letter country code, such as “BE”.')
    .nullable(),
  contacts: z.array(contactSchema).min(1, 'Give at least one way to reach them.').max(20),
  /** The channel to use first. */
  channel: channelSchema,
  notes: z.string().trim().max(2_000, 'Use at most 2,000 characters.').default(''),
};

function kindHasItsFields(
  value: { kind: string; audience: unknown; regime: unknown; country: unknown },
  context: z.RefinementCtx,
): void {
  if (value.kind === 'authority') {
    if (value.regime === null) {
      context.addIssue({ code: 'custom', path: ['regime'], message: 'Say which regime this authority receives.' });
    }
    if (value.country === null) {
      context.addIssue({ code: 'custom', path: ['country'], message: 'Give the authority’s country.' });
    }
  } else if (value.audience === null) {
    context.addIssue({ code: 'custom', path: ['audience'], message: 'Say who they are to the notification plan.' });
  }
}

export const stakeholderDraftSchema = z.object(stakeholderBodyShape).superRefine(kindHasItsFields);
export type StakeholderDraft = z.infer<typeof stakeholderDraftSchema>;
export type StakeholderDraftInput = z.input<typeof stakeholderDraftSchema>;

export const stakeholderSchema = recordMetaSchema.extend(stakeholderBodyShape).superRefine(kindHasItsFields);
export type Stakeholder = z.infer<typeof stakeholderSchema>;

/** The registered stakeholders for an audience (groups and people), the out-of-band contact first. */
export function stakeholdersFor(audience: Audience, stakeholders: readonly Stakeholder[]): Stakeholder[] {
  return stakeholders.filter((stakeholder) => stakeholder.kind !== 'authority' && stakeholder.audience === audience);
}

/** The authorities registered for a regime (and country, when given). */
export function authoritiesFor(
  regime: string,
  country: string | undefined,
  stakeholders: readonly Stakeholder[],
): Stakeholder[] {
  return stakeholders.filter(
    (stakeholder) =>
      stakeholder.kind === 'authority' &&
      stakeholder.regime === regime &&
      (country === undefined || stakeholder.country === country),
  );
}
