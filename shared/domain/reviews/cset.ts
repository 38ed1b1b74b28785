/**
 * CSET AI harm fields (the CSETv1 taxonomy the AI Incident Database classifies incidents with), as far as a review
 * records them. Each field keeps its exact CSETv1 `short_name`, so the AIID export writes them as a classification
 * (`namespace: "CSETv1"`, `attributes: [{ short_name, value_json }]`) without a mapping table that could drift.
 */
import { z } from 'zod';

export const CSET_HARM_LEVELS = [
  'AI tangible harm event',
  'AI tangible harm near-miss',
  'AI tangible harm issue',
  'none',
  'unclear',
] as const;
export const CSET_YES_NO = ['yes', 'no', 'maybe'] as const;

const yesNo = z.enum(CSET_YES_NO).nullable().default(null);
const count = z
  .number({ error: 'Give a whole number, or leave it empty.' })
  .int('Give a whole number.')
  .min(0, 'A count cannot be negative.')
  .max(10_000_000, 'Give a count under ten million.')
  .nullable()
  .default(null);

/**
 * The harm fields of CSETv1 a post-incident review can answer. Every field is optional (null or ""), so a review
 * written before a field existed still parses and the field is simply not recorded.
 */
export const csetHarmSchema = z.object({
  harmDomain: yesNo,
  tangibleHarm: z
    .enum([
      'tangible harm definitively occurred',
      'imminent risk of tangible harm (near miss) did occur',
      'non-imminent risk of tangible harm (an issue) occurred',
      'no tangible harm, near-miss, or issue',
      'unclear',
    ])
    .nullable()
    .default(null),
  harmLevel: z.enum(CSET_HARM_LEVELS).nullable().default(null),
  tangibleHarmNotes: z.string().trim().max(2_000, 'Use at most 2,000 characters.').default(''),
  aiSystem: yesNo,
  clearLink: yesNo,
  identifiableEntity: yesNo,
  criticalServices: yesNo,
  rightsViolation: yesNo,
  involvingMinor: yesNo,
  detrimentalContent: yesNo,
  protectedCharacteristic: yesNo,
  specialInterestHarm: yesNo,
  livesLost: count,
  injuries: count,
  sector: z.string().trim().max(200).default(''),
  harmedClass: z.string().trim().max(200).default(''),
});
export type CsetHarm = z.infer<typeof csetHarmSchema>;

/** Each recorded field under its CSETv1 short_name (exact strings, as the AIID's CSETv1 taxonomy spells them). */
export const CSET_SHORT_NAMES: Readonly<Record<keyof CsetHarm, string>> = {
  harmDomain: 'Harm Domain',
  tangibleHarm: 'Tangible Harm',
  harmLevel: 'AI Harm Level',
  tangibleHarmNotes: 'AI Tangible Harm Level Notes',
  aiSystem: 'AI System',
  clearLink: 'Clear link to technology',
  identifiableEntity: 'There is a potentially identifiable specific entity that experienced the harm',
  criticalServices: 'Impact on Critical Services',
  rightsViolation: 'Rights Violation',
  involvingMinor: 'Involving Minor',
  detrimentalContent: 'Detrimental Content',
  protectedCharacteristic: 'Protected Characteristic',
  specialInterestHarm: 'Special Interest Intangible Harm',
  livesLost: 'Lives Lost',
  injuries: 'Injuries',
  sector: 'Sector of Deployment',
  harmedClass: 'Harmed Class of Entities',
};

/** The yes / no / maybe questions, in the form's order. */
export const CSET_QUESTIONS = [
  'aiSystem',
  'clearLink',
  'identifiableEntity',
  'criticalServices',
  'rightsViolation',
  'involvingMinor',
  'detrimentalContent',
  'protectedCharacteristic',
  'specialInterestHarm',
] as const satisfies readonly (keyof CsetHarm)[];

/** The recorded CSET fields as [short_name, value] pairs; fields left empty are not recorded. */
export function recordedCsetFields(cset: CsetHarm | null): Array<[string, string | number]> {
  if (cset === null) return [];
  const pairs: Array<[string, string | number]> = [];
  for (const key of Object.keys(CSET_SHORT_NAMES) as Array<keyof CsetHarm>) {
    const value = cset[key];
    // A review saved before a field existed has no value for it at all.
    if (value !== null && value !== undefined && value !== '') pairs.push([CSET_SHORT_NAMES[key], value]);
  }
  return pairs;
}
