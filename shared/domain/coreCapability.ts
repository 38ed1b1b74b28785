/**
 * The core's own shared declaration: timeline entries (of any subject), and the audit subjects that are not records:
 * the responder profile, the installation (id and site code), turning legal review mode on or off, and migrations.
 */
import type { DomainCapability } from './capability';
import { LEGAL_REVIEW_AUDIT_SUBJECT } from './legalReview';
import { timelineEntrySchema } from './timeline';

export const coreDomain = {
  name: 'core',
  entities: { timeline: { table: 'timeline', schema: timelineEntrySchema } },
  auditSubjects: ['profile', 'installation', LEGAL_REVIEW_AUDIT_SUBJECT, 'database'],
} as const satisfies DomainCapability;
