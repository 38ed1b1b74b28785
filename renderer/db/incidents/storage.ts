/**
 * The incidents capability's tables: the records, and (version 8) the register's projection of them and its packed
 * copy; version 20 remakes the projection so practice incidents' rows carry the EXERCISE marker; version 30 adds the
 * persisted search index (`incidentSearch`) and indexes the projection by severity, phase and type, so a cold start
 * answers searches and filters from IndexedDB before the in-memory index has loaded.
 */
import type { EntityTable, Table } from 'dexie';
import type { Incident } from '../../../shared/domain/incidents/incident';
import { derivedRows, type StorageCapability } from '../capability';
import { INCIDENT_LIST_STORES, toListItem, type IncidentListItem } from './incidentList';
import { INCIDENT_LIST_SNAPSHOT_STORES, type IncidentListSnapshotPart } from './incidentListSnapshot';
import { INCIDENT_SEARCH_STORES, toSearchRow, type IncidentSearchRow } from './incidentSearch';
import { upgradeToV2 } from './migrations/v2-multiple-incident-types';
import { upgradeToV8 } from './migrations/v8-incident-list';
import { upgradeToV20 } from './migrations/v20-exercise-marker';
import { upgradeToV30 } from './migrations/v30-incident-search';

export interface IncidentTables {
  incidents: EntityTable<Incident, 'id'>;
  incidentList: EntityTable<IncidentListItem, 'id'>;
  incidentListSnapshot: Table<IncidentListSnapshotPart, number>;
  incidentSearch: EntityTable<IncidentSearchRow, 'id'>;
}

export const incidentsStorage = {
  name: 'incidents',
  versions: {
    1: { stores: { incidents: '&id, &ref, declaredAt, updatedAt, phase, severity, type' } },
    2: { stores: { incidents: '&id, &ref, declaredAt, updatedAt, phase, severity, *types' }, upgrade: upgradeToV2 },
    8: { stores: { ...INCIDENT_LIST_STORES, ...INCIDENT_LIST_SNAPSHOT_STORES }, upgrade: upgradeToV8 },
    20: { stores: {}, upgrade: upgradeToV20 },
    30: {
      stores: {
        incidentList: `${INCIDENT_LIST_STORES.incidentList}, severity, phase, *types`,
        ...INCIDENT_SEARCH_STORES,
      },
      upgrade: upgradeToV30,
    },
  },
  // The register's projection and search words are written beside every incident, in the same transaction.
  derivedRows: [
    derivedRows('incident', 'incidentList', toListItem),
    derivedRows('incident', 'incidentSearch', toSearchRow),
  ],
} as const satisfies StorageCapability;
