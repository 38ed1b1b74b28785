/**
 * The incidents capability's tables: the records, and (version 8) the register's projection of them and its packed
 * copy; version 20 remakes the projection so practice incidents' rows carry the EXERCISE marker.
 */
import type { EntityTable, Table } from 'dexie';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { derivedRows, type StorageCapability } from '../capability';
import { INCIDENT_LIST_STORES, toListItem, type IncidentListItem } from './incidentList';
import { INCIDENT_LIST_SNAPSHOT_STORES, type IncidentListSnapshotPart } from './incidentListSnapshot';
import { upgradeToV2 } from './migrations/v2-multiple-incident-types';
import { upgradeToV8 } from './migrations/v8-incident-list';
import { upgradeToV20 } from './migrations/v20-exercise-marker';

export interface IncidentTables {
  incidents: EntityTable<Incident, 'id'>;
  incidentList: EntityTable<IncidentListItem, 'id'>;
  incidentListSnapshot: Table<IncidentListSnapshotPart, number>;
}

export const incidentsStorage = {
  name: 'incidents',
  versions: {
    1: { stores: { incidents: '&id, &ref, declaredAt, updatedAt, phase, severity, type' } },
    2: { stores: { incidents: '&id, &ref, declaredAt, updatedAt, phase, severity, *types' }, upgrade: upgradeToV2 },
    8: { stores: { ...INCIDENT_LIST_STORES, ...INCIDENT_LIST_SNAPSHOT_STORES }, upgrade: upgradeToV8 },
    20: { stores: {}, upgrade: upgradeToV20 },
  },
  // The register's projection is written beside every incident, in the same transaction.
  derivedRows: [derivedRows('incident', 'incidentList', toListItem)],
} as const satisfies StorageCapability;
