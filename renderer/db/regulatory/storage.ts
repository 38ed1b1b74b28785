/**
 * The regulatory capability's table: one regulatory profile per incident (or, later, exercise), found by its
 * subject's id. Version 9 (version 8 is the register projection's).
 */
import type { EntityTable } from 'dexie';
import type { RegulatoryProfile } from '../../../shared/domain/regulatory/regulatoryProfile';
import { writeReaction, type StorageCapability } from '../capability';
import { followIncidents } from './regulatoryProfiles';

export interface RegulatoryTables {
  regulatoryProfiles: EntityTable<RegulatoryProfile, 'id'>;
}

export const regulatoryStorage = {
  name: 'regulatory',
  versions: {
    9: { stores: { regulatoryProfiles: '&id, &subject.id' } },
  },
  // The profile follows its incident's awareness time (and the due-date history with it).
  reactions: [writeReaction('incident', (writer, incidents) => followIncidents(writer, incidents))],
} as const satisfies StorageCapability;
