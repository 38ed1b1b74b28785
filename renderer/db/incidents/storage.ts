/** The incidents capability's tables: the records, and (version 8) the register's projection of them. */
import type { EntityTable } from 'dexie';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { derivedRows, type StorageCapability } from '../capability';
import { INCIDENT_LIST_STORES, toListItem, type IncidentListItem } from './incidentList';
import { upgradeToV2 } from './migrations/v2-multiple-incident-types';
import { upgradeToV8 } from './migrations/v8-incident-list';

export interface IncidentTables {
  incidents: EntityTable<Incident, 'id'>;
  incidentList: EntityTable<IncidentListItem, 'id'>;
}

export const incidentsStorage = {
  name: 'incidents',
  versions: {
    1: { stores: { incidents: '&id, &ref, declaredAt, updatedAt, phase, severity, type' } },
    2: { stores: { incidents: '&id, &ref, declaredAt, updatedAt, phase, severity, *types' }, upgrade: upgradeToV2 },
    8: { stores: INCIDENT_LIST_STORES, upgrade: upgradeToV8 },
  },
  // The register's projection is written beside every incident, in the same transaction.
  derivedRows: [derivedRows('incident', 'incidentList', toListItem)],
} as const satisfies StorageCapability;
