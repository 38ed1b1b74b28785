/**
 * The observables capability's shared declaration: observables (what an incident was seen with, with TLP and PAP)
 * and links between incidents are audited records.
 */
import type { DomainCapability } from '../capability';
import { incidentLinkSchema } from './incidentLink';
import { observableSchema } from './observable';

export const observablesDomain = {
  name: 'observables',
  entities: {
    observable: { table: 'observables', schema: observableSchema },
    incidentLink: { table: 'incidentLinks', schema: incidentLinkSchema },
  },
  auditSubjects: [],
} as const satisfies DomainCapability;
