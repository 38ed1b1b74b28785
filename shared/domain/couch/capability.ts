/**
 * Live sync's shared declaration: no record entities of its own (leaf revisions, checkpoints and quarantined
 * revisions are bookkeeping beside the records) and the audit subjects it writes: a revision received from the
 * server and applied (`couchRevision`), and one refused and quarantined (`couchQuarantine`).
 */
import type { DomainCapability } from '../capability';

export const couchDomain = {
  name: 'couch',
  entities: {},
  auditSubjects: ['couchRevision', 'couchQuarantine', 'couchPreferences'],
} as const satisfies DomainCapability;
