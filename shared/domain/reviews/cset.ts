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

export const csetHarmSchema = z.object({
  harmDomain: z.enum(CSET_YES_NO).nullable().default(null),
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
  sector: z.string().trim().max(200).default(''),
  harmedClass: z.string().trim().max(200).default(''),
});
export type CsetHarm = z.infer<typeof csetHarmSchema>;

/** Each recorded field under its CSETv1 short_name. */
export const CSET_SHORT_NAMES: Readonly<Record<keyof CsetHarm, string>> = {
  harmDomain: 'Harm Domain',
  tangibleHarm: 'Tangible Harm',
  harmLevel: 'AI Harm Level',
  sector: 'Sector of Deployment',
  harmedClass: 'Harmed Class of Entities',
};

/** The recorded CSET fields as [short_name, value] pairs; fields left empty are not recorded. */
export function recordedCsetFields(cset: CsetHarm | null): Array<[string, string]> {
  if (cset === null) return [];
  const pairs: Array<[string, string]> = [];
  for (const key of Object.keys(CSET_SHORT_NAMES) as Array<keyof CsetHarm>) {
    const value = cset[key];
    if (value !== null && value !== '') pairs.push([CSET_SHORT_NAMES[key], value]);
  }
  return pairs;
}
