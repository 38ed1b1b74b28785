/** The team capability's shared declaration: the people directory and the escalation matrix. */
import type { DomainCapability } from '../capability';
import { escalationMatrixSchema, personSchema } from './team';

export const teamDomain = {
  name: 'team',
  entities: {
    person: { table: 'people', schema: personSchema },
    escalationMatrix: { table: 'escalationMatrix', schema: escalationMatrixSchema },
  },
  auditSubjects: [],
} as const satisfies DomainCapability;
