/** The core's own shared declaration: timeline entries (of any subject), the responder profile, migrations. */
import type { DomainCapability } from './capability';
import { timelineEntrySchema } from './timeline';

export const coreDomain = {
  name: 'core',
  entities: { timeline: { table: 'timeline', schema: timelineEntrySchema } },
  auditSubjects: ['profile', 'database'],
} as const satisfies DomainCapability;
