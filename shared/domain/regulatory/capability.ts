/**
 * The regulatory capability's shared declaration: an incident's regulatory profile (applicability, authority,
 * facts, anchor events and submissions) is an audited record; the clocks are computed from it, never stored.
 */
import type { DomainCapability } from '../capability';
import { regulatoryProfileSchema } from './regulatoryProfile';

export const regulatoryDomain = {
  name: 'regulatory',
  entities: { regulatoryProfile: { table: 'regulatoryProfiles', schema: regulatoryProfileSchema } },
  auditSubjects: [],
} as const satisfies DomainCapability;
