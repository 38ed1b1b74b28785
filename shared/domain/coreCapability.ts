/**
 * The core's own shared declaration: timeline entries (of any subject), and the audit subjects that are not records:
 * the responder profile, the installation (id and site code) and migrations.
 */
import type { DomainCapability } from './capability';
import { timelineEntrySchema } from './timeline';

export const coreDomain = {
  name: 'core',
  entities: { timeline: { table: 'timeline', schema: timelineEntrySchema } },
  auditSubjects: ['profile', 'installation', 'database'],
} as const satisfies DomainCapability;
