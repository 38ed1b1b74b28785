/**
 * What the clock engine is asked: which regimes, the authority's zone and country, public holidays, the anchor events
 * recorded so far and the facts known. The command line reads exactly this object from its file; the app builds it
 * from an incident's applicability answers and timeline. Unknown fields are refused, so a misspelt anchor is an
 * error rather than a silently missing deadline.
 */
import { z } from 'zod';
import { isKnownTimeZone } from './civilTime';
import { hasPublicHolidays } from './workingDays';

export const REGIME_IDS = [
  'eu-ai-act-art73',
  'gdpr-art33',
  'uk-gdpr-art33',
  'nis2-art23',
  'dora-art19',
  'cra-art14',
  'sec-8k-item105',
  'nydfs-500.17',
  'hipaa-breach',
  'circia-proposed',
] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

/** Each regime's stages, in the order they fall due. */
export const REGIME_STAGES = {
  'eu-ai-act-art73': ['report'],
  'gdpr-art33': ['authority'],
  'uk-gdpr-art33': ['authority'],
  'nis2-art23': ['early-warning', 'notification', 'final'],
  'dora-art19': ['initial', 'intermediate', 'final'],
  'cra-art14': ['early-warning', 'notification', 'final'],
  'sec-8k-item105': ['form-8k'],
  'nydfs-500.17': ['notice', 'extortion-notice', 'extortion-justification'],
  'hipaa-breach': ['individuals', 'hhs'],
  'circia-proposed': ['report', 'ransom-payment'],
} as const satisfies Record<RegimeId, readonly string[]>;
export type StageOf<R extends RegimeId> = (typeof REGIME_STAGES)[R][number];

export const ANCHOR_NAMES = [
  'awareAt',
  'classifiedMajorAt',
  'initialSubmittedAt',
  'intermediateSubmittedAt',
  'notificationSubmittedAt',
  'correctiveMeasureAvailableAt',
  'materialityDeterminedAt',
  'determinedAt',
  'discoveredAt',
  'reasonableBeliefAt',
  'ransomPaidAt',
] as const;
export type AnchorName = (typeof ANCHOR_NAMES)[number];

/** Names the unknown fields, so a misspelt anchor or fact is pointed at rather than silently ignored. */
const NAMING_UNKNOWN_FIELDS = {
  error: (issue: z.core.$ZodRawIssue) =>
    issue.code === 'unrecognized_keys'
      ? `Unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}.`
      : undefined,
};

const instantSchema = z.iso.datetime({
  offset: true,
  error: 'Give an ISO-8601 instant with its offset, such as 2026-03-20T09:15:00+01:00 or 2026-03-20T08:15:00Z.',
});

export const clockAnchorsSchema = z.strictObject(
  Object.fromEntries(ANCHOR_NAMES.map((name) => [name, instantSchema.optional()])) as Record<
    AnchorName,
    z.ZodOptional<typeof instantSchema>
  >,
  NAMING_UNKNOWN_FIELDS,
);
export type ClockAnchors = z.infer<typeof clockAnchorsSchema>;

export const clockFactsSchema = z.strictObject(
  {
    death: z.boolean().optional(),
    widespreadInfringement: z.boolean().optional(),
    criticalInfrastructureDisruption: z.boolean().optional(),
    doraSignificantEntity: z.boolean().optional(),
    craKind: z.enum(['vulnerability', 'incident'], { error: 'Use "vulnerability" or "incident".' }).optional(),
    extortionPayment: z.boolean().optional(),
    affectedIndividuals: z.int({ error: 'Give a whole number of people.' }).nonnegative().optional(),
  },
  NAMING_UNKNOWN_FIELDS,
);
export type ClockFacts = z.infer<typeof clockFactsSchema>;
export type FactName = keyof ClockFacts;

const isoDateSchema = z.iso.date({ error: 'Give each holiday as YYYY-MM-DD.' });

export const clockInputSchema = z
  .strictObject(
    {
      regimes: z
        .array(z.enum(REGIME_IDS, { error: `Use regime ids from: ${REGIME_IDS.join(', ')}.` }))
        .min(1, 'Name at least one regime.')
        .refine((ids) => new Set(ids).size === ids.length, 'Name each regime once.'),
      timeZone: z
        .string({ error: 'Give the authority\'s IANA time zone, such as "Europe/Brussels".' })
        .refine(isKnownTimeZone, 'This is not an IANA time zone name, such as "Europe/Brussels".'),
      country: z
        .string({ error: 'Give the authority\'s country as an ISO 3166-1 alpha-2 code, such as "BE".' })
        .regex(/^[A-Z]{2}$/, 'Give an ISO 3166-1 alpha-2 country code in capitals, such as "BE".'),
      /** When present, these are the public holidays (the package's are not used). */
      holidays: z.array(isoDateSchema).optional(),
      anchors: clockAnchorsSchema.default({}),
      facts: clockFactsSchema.default({}),
    },
    NAMING_UNKNOWN_FIELDS,
  )
  .superRefine((input, context) => {
    if (input.holidays === undefined && !hasPublicHolidays(input.country)) {
      context.addIssue({
        code: 'custom',
        path: ['country'],
        message: `No public holidays are known for "${input.country}": check the code or list them in "holidays".`,
      });
    }
    if (input.facts.extortionPayment === false && input.anchors.ransomPaidAt !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['facts', 'extortionPayment'],
        message: 'This says no extortion payment was made, but anchors.ransomPaidAt records one.',
      });
    }
  });
export type ClockInput = z.output<typeof clockInputSchema>;
