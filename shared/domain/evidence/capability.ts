/** The evidence capability's shared declaration: evidence items, and custody events in the audit log. */
import type { DomainCapability } from '../capability';
import { evidenceItemSchema } from './evidence';

export const evidenceDomain = {
  name: 'evidence',
  entities: { evidence: { table: 'evidence', schema: evidenceItemSchema } },
  auditSubjects: ['custody'],
} as const satisfies DomainCapability;
