/** The trust capability's shared declaration: signed checkpoints are kept beside the log, not audited records. */
import type { DomainCapability } from '../capability';

export const trustDomain = {
  name: 'trust',
  entities: {},
  auditSubjects: [],
} as const satisfies DomainCapability;
