/**
 * The stakeholders capability's tables (version 17): the stakeholder registry and, per incident, the notification
 * log. The log follows its incident: a change of severity or impact flags recomputes the plan and says what changed,
 * in the same transaction as the edit.
 */
import type { EntityTable } from 'dexie';
import type { NotificationLog } from '../../../shared/domain/stakeholders/notificationPlan';
import type { Stakeholder } from '../../../shared/domain/stakeholders/stakeholder';
import { writeReaction, type StorageCapability } from '../capability';
import { followIncidents } from './notifications';

export interface StakeholderTables {
  stakeholders: EntityTable<Stakeholder, 'id'>;
  notificationLogs: EntityTable<NotificationLog, 'id'>;
}

export const stakeholdersStorage = {
  name: 'stakeholders',
  versions: {
    17: { stores: { stakeholders: '&id, kind, audience, name', notificationLogs: '&id, &subject.id' } },
  },
  reactions: [writeReaction('incident', (writer, incidents) => followIncidents(writer, incidents))],
} as const satisfies StorageCapability;
