/**
 * The core's tables: the audit log, the key/value meta table (heads, clock, counters, profile, installation) and the
 * timeline; and version 6, which moves every capability's records to person ids (`migrations/v6-identities.ts`).
 */
import type { EntityTable, Table } from 'dexie';
import type { AuditEntry } from '../../shared/domain/audit';
import type { TimelineEntry } from '../../shared/domain/timeline';
import type { StorageCapability } from './capability';
import { upgradeTimelineToV5 } from './migrations/v5-subjects';
import { upgradeToV6 } from './migrations/v6-identities';

/** A key/value row: the audit head, the clock, reference counters, the responder profile. */
export interface MetaRow {
  key: string;
  value: unknown;
}

export interface CoreTables {
  timeline: EntityTable<TimelineEntry, 'id'>;
  auditLog: Table<AuditEntry, number>;
  meta: Table<MetaRow, string>;
}

export const coreStorage = {
  name: 'core',
  versions: {
    1: { stores: { timeline: '&id, [incidentId+occurredAt]', auditLog: '&seq', meta: '&key' } },
    // Entries name a subject; the compound index on its id keeps "a subject's timeline in time order" one range read.
    5: { stores: { timeline: '&id, [subject.id+occurredAt]' }, upgrade: upgradeTimelineToV5 },
    6: { stores: {}, upgrade: upgradeToV6 },
  },
} as const satisfies StorageCapability;
