/**
 * The core's own shared declaration: timeline entries (of any subject), the responder profile, turning legal review
 * mode on or off, migrations.
 */
import type { DomainCapability } from './capability';
import { LEGAL_REVIEW_AUDIT_SUBJECT } from './legalReview';
import { timelineEntrySchema } from './timeline';

export const coreDomain = {
  name: 'core',
  entities: { timeline: { table: 'timeline', schema: timelineEntrySchema } },
  auditSubjects: ['profile', LEGAL_REVIEW_AUDIT_SUBJECT, 'database'],
} as const satisfies DomainCapability;
