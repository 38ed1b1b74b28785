/**
 * The observables capability's tables (version 19): observables, indexed by their incident and by their normal form
 * (`[kind+normalized]`) so "seen in other incidents" is an index lookup at any register size; and links between
 * incidents, indexed by either end.
 */
import type { EntityTable } from 'dexie';
import type { IncidentLink } from '../../../shared/domain/observables/incidentLink';
import type { Observable } from '../../../shared/domain/observables/observable';
import type { StorageCapability } from '../capability';

export interface ObservableTables {
  observables: EntityTable<Observable, 'id'>;
  incidentLinks: EntityTable<IncidentLink, 'id'>;
}

export const observablesStorage = {
  name: 'observables',
  versions: {
    19: {
      stores: {
        observables: '&id, subject.id, [kind+normalized]',
        incidentLinks: '&id, from.id, to.id',
      },
    },
  },
} as const satisfies StorageCapability;
