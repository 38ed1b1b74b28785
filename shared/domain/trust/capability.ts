/**
 * The trust capability's shared declaration: trusted signers are audited records; signed checkpoints are kept beside
 * the log (a copy of the host's journal), not audited records.
 */
import type { DomainCapability } from '../capability';
import { trustedSignerSchema } from './trustedSigner';

export const trustDomain = {
  name: 'trust',
  entities: { trustedSigner: { table: 'trustedSigners', schema: trustedSignerSchema } },
  auditSubjects: [],
} as const satisfies DomainCapability;
