/** The team capability's tables: the people directory and the escalation matrix (version 3, with runbooks). */
import type { EntityTable } from 'dexie';
import type { EscalationMatrix, Person } from '../../../shared/domain/team/team';
import type { StorageCapability } from '../capability';

export interface TeamTables {
  people: EntityTable<Person, 'id'>;
  escalationMatrix: EntityTable<EscalationMatrix, 'id'>;
}

export const teamStorage = {
  name: 'team',
  versions: { 3: { stores: { people: '&id, name', escalationMatrix: '&id' } } },
} as const satisfies StorageCapability;
