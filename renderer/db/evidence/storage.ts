/** The evidence capability's tables: items, content by SHA-256 and its chunks, intakes in progress, custody events. */
import type { EntityTable, Table } from 'dexie';
import type { CustodyEvent } from '../../../shared/domain/evidence/custody';
import type { EvidenceChunk, EvidenceContent, EvidenceItem } from '../../../shared/domain/evidence/evidence';
import type { StorageCapability } from '../capability';
import { upgradeEvidenceToV5 } from './migrations/v5-evidence-subjects';
import { upgradeToV4, type EvidenceIntakeRow } from './migrations/v4-evidence-locker';

export interface EvidenceTables {
  evidence: EntityTable<EvidenceItem, 'id'>;
  evidenceContent: Table<EvidenceContent, string>;
  evidenceChunks: Table<EvidenceChunk, [string, number]>;
  evidenceIntakes: Table<EvidenceIntakeRow, string>;
  custody: Table<CustodyEvent, [string, number]>;
}

export const evidenceStorage = {
  name: 'evidence',
  versions: {
    4: {
      stores: {
        evidence: '&id, incidentId, sha256, acquiredAt, updatedAt',
        evidenceContent: '&sha256, &chunksId',
        evidenceChunks: '[chunksId+index]',
        evidenceIntakes: '&intakeId',
        custody: '[itemId+seq], at',
      },
      upgrade: upgradeToV4,
    },
    5: { stores: { evidence: '&id, subject.id, sha256, acquiredAt, updatedAt' }, upgrade: upgradeEvidenceToV5 },
  },
} as const satisfies StorageCapability;
