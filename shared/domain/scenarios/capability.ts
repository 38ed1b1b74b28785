/** The scenarios capability's shared declaration: the tabletop scenario library's versions (built-ins stay in code). */
import type { DomainCapability } from '../capability';
import { scenarioSchema } from '../exercises/scenario';

export const scenariosDomain = {
  name: 'scenarios',
  entities: {
    scenario: { table: 'scenarios', schema: scenarioSchema },
  },
  auditSubjects: [],
} as const satisfies DomainCapability;
