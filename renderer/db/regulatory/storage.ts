/**
 * The regulatory capability's table: one regulatory profile per incident (or, later, exercise), found by its
 * subject's id. Version 9 (version 8 is the register projection's).
 */
import type { EntityTable } from 'dexie';
import type { RegulatoryProfile } from '../../../shared/domain/regulatory/regulatoryProfile';
import type { StorageCapability } from '../capability';

export interface RegulatoryTables {
  regulatoryProfiles: EntityTable<RegulatoryProfile, 'id'>;
}

export const regulatoryStorage = {
  name: 'regulatory',
  versions: {
    9: { stores: { regulatoryProfiles: '&id, &subject.id' } },
  },
} as const satisfies StorageCapability;
