/**
 * The scenarios capability's table: the versions of local tabletop scenarios (built-ins live in code and are never
 * stored). Version 10 only adds the table.
 */
import type { EntityTable } from 'dexie';
import type { Scenario } from '../../../shared/domain/exercises/scenario';
import type { StorageCapability } from '../capability';

export interface ScenarioTables {
  scenarios: EntityTable<Scenario, 'id'>;
}

export const scenariosStorage = {
  name: 'scenarios',
  versions: {
    10: { stores: { scenarios: '&id, lineageId, status' } },
  },
} as const satisfies StorageCapability;
