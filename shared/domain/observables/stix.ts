/**
 * STIX 2.1 export of an incident's observables: a bundle of `indicator` objects, one per observable, each carrying
 * its TLP 2.0 marking as a reference to the standard TLP 2.0 marking-definition (the definitions travel in the
 * bundle too, so a reader needs nothing else), and its PAP as a custom property. The schema below is written from
 * the STIX 2.1 specification (OASIS CS03, §3 common properties, §4.7 indicator, §7.2 marking-definition, §8.1
 * bundle, §9 patterning) and the export is parsed by it before it is offered, so a missing required property
 * is caught here, never by the recipient.
 *
 * Patterns use the standard cyber-observable objects where one exists (ipv4-addr, ipv6-addr, domain-name, url,
 * file hashes, user-account); AI-specific things have none, so they use custom objects named `x-ai-…`
 * (STIX 2.1 §11 allows custom objects in patterns). A token is exported only as its SHA-256.
 * Indicator ids are UUIDv4-shaped and derived from the observable's id, so a re-export updates, not duplicates.
 */
import { z } from 'zod';
import { sha256Hex } from '../hash';
import { isoTimestampSchema } from '../time';
import { fileHashAlgorithm, isIpv6, OBSERVABLE_KIND_LABELS, type Observable, type Tlp } from './observable';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const stixId = (type: string) =>
  z.string().refine((id) => id.startsWith(`${type}--`) && uuidV4.test(id.slice(type.length + 2)), {
    message: `Not a ${type} identifier (${type}--<UUIDv4>).`,
  });
const stixTimestamp = isoTimestampSchema;

/** The TLP 2.0 extension definition and its standard marking-definition ids (OASIS CTI TC, 2022). */
export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
export const TLP2_MARKING_IDS: Readonly<Record<Tlp, string>> = {
  CLEAR: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  GREEN: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  AMBER: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'AMBER+STRICT': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  RED: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};
const TLP2_CREATED = '2022-10-01T00:00:00.000Z';

export const stixMarkingDefinitionSchema = z
  .object({
    type: z.literal('marking-definition'),
    spec_version: z.literal('2.1'),
    id: stixId('marking-definition'),
    created: stixTimestamp,
    name: z.string().min(1),
    extensions: z.record(z.string(), z.object({ extension_type: z.string(), tlp_2_0: z.string() })),
  })
  .strict();

export const stixIndicatorSchema = z
  .object({
    type: z.literal('indicator'),
    spec_version: z.literal('2.1'),
    id: stixId('indicator'),
    created: stixTimestamp,
    modified: stixTimestamp,
    name: z.string().min(1).optional(),
    description: z.string().optional(),
    indicator_types: z.array(z.string().min(1)).optional(),
    pattern: z.string().regex(/^\[.+\]$/s, 'A STIX pattern is a bracketed comparison expression.'),
    pattern_type: z.literal('stix'),
    pattern_version: z.literal('2.1').optional(),
    valid_from: stixTimestamp,
    valid_until: stixTimestamp.optional(),
    labels: z.array(z.string().min(1)).optional(),
    object_marking_refs: z.array(stixId('marking-definition')).min(1),
    x_firebreak_pap: z.string().optional(),
  })
  .strict()
  .refine((indicator) => indicator.modified >= indicator.created, {
    message: 'modified must not be before created.',
    path: ['modified'],
  });

export const stixBundleSchema = z
  .object({
    type: z.literal('bundle'),
    id: stixId('bundle'),
    objects: z.array(z.union([stixIndicatorSchema, stixMarkingDefinitionSchema])),
  })
  .strict();
export type StixBundle = z.infer<typeof stixBundleSchema>;
export type StixIndicator = z.infer<typeof stixIndicatorSchema>;

/** A UUIDv4-shaped id derived from text: stable for the same text, with the version and variant bits of v4. */
export function derivedUuidV4(seed: string): string {
  const hex = sha256Hex(seed).slice(0, 32).split('');
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A string literal in STIX patterning: single quotes, with backslash and quote escaped (§9.2). */
function literal(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The STIX pattern that matches an observable; tokens match on their SHA-256 only. */
export function stixPattern(observable: Pick<Observable, 'kind' | 'value' | 'normalized'>): string {
  const { kind, value, normalized } = observable;
  switch (kind) {
    case 'ip':
      return `[${isIpv6(value) ? 'ipv6-addr' : 'ipv4-addr'}:value = ${literal(normalized)}]`;
    case 'domain':
      return `[domain-name:value = ${literal(normalized)}]`;
    case 'url':
      return `[url:value = ${literal(value)}]`;
    case 'file-hash':
      return `[file:hashes.${literal(fileHashAlgorithm(normalized))} = ${literal(normalized)}]`;
    case 'user-id':
      return `[user-account:user_id = ${literal(value)}]`;
    case 'tenant-id':
      return `[x-ai-tenant:id = ${literal(value)}]`;
    case 'model-id':
      return `[x-ai-model:id = ${literal(value)}]`;
    case 'dataset-id':
      return `[x-ai-dataset:id = ${literal(value)}]`;
    case 'prompt':
      return `[x-ai-prompt:value = ${literal(value)}]`;
    case 'prompt-fragment':
      // LIKE has no escape for its wildcards; a % or _ in the fragment only widens the match.
      return `[x-ai-prompt:value LIKE ${literal(`%${value}%`)}]`;
    case 'api-token':
      return `[x-ai-api-token:hashes.'SHA-256' = ${literal(normalized)}]`;
  }
}

function markingDefinition(tlp: Tlp) {
  return {
    type: 'marking-definition' as const,
    spec_version: '2.1' as const,
    id: TLP2_MARKING_IDS[tlp],
    created: TLP2_CREATED,
    name: `TLP:${tlp}`,
    extensions: {
      [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: tlp.toLowerCase() },
    },
  };
}

function indicatorOf(observable: Observable, incidentRef: string): StixIndicator {
  const label = OBSERVABLE_KIND_LABELS[observable.kind];
  const shown = observable.kind === 'api-token' ? 'SHA-256 of the token' : observable.value.slice(0, 120);
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${derivedUuidV4(observable.id)}`,
    created: observable.createdAt,
    modified: observable.updatedAt,
    name: `${label}: ${shown}`,
    description: [`Observed in ${incidentRef}.`, observable.note].filter(Boolean).join(' '),
    pattern: stixPattern(observable),
    pattern_type: 'stix',
    pattern_version: '2.1',
    valid_from: observable.firstSeen ?? observable.createdAt,
    labels: [observable.kind],
    object_marking_refs: [TLP2_MARKING_IDS[observable.tlp]],
    x_firebreak_pap: `PAP:${observable.pap}`,
  };
}

/** The bundle for an incident's live observables, validated against the schema (throws if it would not be valid). */
export function stixBundleOf(
  incident: { readonly id: string; readonly ref: string },
  observables: readonly Observable[],
  exportedAt: string,
): StixBundle {
  const tlps = [...new Set(observables.map((observable) => observable.tlp))];
  const bundle = {
    type: 'bundle' as const,
    id: `bundle--${derivedUuidV4(`${incident.id}:${exportedAt}`)}`,
    objects: [
      ...tlps.map(markingDefinition),
      ...observables.map((observable) => indicatorOf(observable, incident.ref)),
    ],
  };
  return stixBundleSchema.parse(bundle);
}
