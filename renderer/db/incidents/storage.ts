/** The incidents capability's table. */
import type { EntityTable } from 'dexie';
import type { Incident } from '../../../shared/domain/incidents/incident';
import type { StorageCapability } from '../capability';
import { upgradeToV2 } from './migrations/v2-multiple-incident-types';

export interface IncidentTables {
  incidents: EntityTable<Incident, 'id'>;
}

export const incidentsStorage = {
  name: 'incidents',
  versions: {
    1: { stores: { incidents: '&id, &ref, declaredAt, updatedAt, phase, severity, type' } },
    2: { stores: { incidents: '&id, &ref, declaredAt, updatedAt, phase, severity, *types' }, upgrade: upgradeToV2 },
  },
} as const satisfies StorageCapability;
