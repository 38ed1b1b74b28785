/**
 * The filings capability's tables (version 18): regulatory filings, found by their incident and by regime and stage,
 * and messages per audience, found by their incident.
 */
import type { EntityTable } from 'dexie';
import type { AudienceMessage } from '../../../shared/domain/filings/audienceMessage';
import type { Filing } from '../../../shared/domain/filings/filing';
import type { StorageCapability } from '../capability';

export interface FilingTables {
  filings: EntityTable<Filing, 'id'>;
  audienceMessages: EntityTable<AudienceMessage, 'id'>;
}

export const filingsStorage = {
  name: 'filings',
  versions: {
    18: { stores: { filings: '&id, &ref, subject.id', audienceMessages: '&id, subject.id' } },
  },
} as const satisfies StorageCapability;
