/**
 * The stakeholders capability's shared declaration: the stakeholder registry and, per incident, the log of what was
 * done about its notification plan (notifications made, recomputations) are audited records. The plan itself is
 * computed from the incident by the rules in `notificationPlan.ts`.
 */
import type { DomainCapability } from '../capability';
import { notificationLogSchema } from './notificationPlan';
import { stakeholderSchema } from './stakeholder';

export const stakeholdersDomain = {
  name: 'stakeholders',
  entities: {
    stakeholder: { table: 'stakeholders', schema: stakeholderSchema },
    notificationLog: { table: 'notificationLogs', schema: notificationLogSchema },
  },
  auditSubjects: [],
} as const satisfies DomainCapability;
