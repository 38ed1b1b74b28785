/** The incidents capability's shared declaration: incident records. */
import type { DomainCapability } from '../capability';
import { incidentSchema } from './incident';

export const incidentsDomain = {
  name: 'incidents',
  entities: { incident: { table: 'incidents', schema: incidentSchema } },
  auditSubjects: [],
} as const satisfies DomainCapability;
