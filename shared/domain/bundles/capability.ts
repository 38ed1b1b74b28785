/**
 * The bundles capability's shared declaration: no record entities of its own (sync states and partner marks are
 * bookkeeping beside records), and the audit subjects it writes: a bundle made or received (`bundle`), a sender's
 * signed audit checkpoint carried into this log (`bundleCheckpoint`), and a conflict a person resolved (`syncConflict`).
 */
import type { DomainCapability } from '../capability';

export const bundlesDomain = {
  name: 'bundles',
  entities: {},
  auditSubjects: ['bundle', 'bundleCheckpoint', 'syncConflict'],
} as const satisfies DomainCapability;
