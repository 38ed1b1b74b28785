/** The core's tables: the audit log, the key/value meta table (heads, clock, counters, profile) and the timeline. */
import type { EntityTable, Table } from 'dexie';
import type { AuditEntry } from '../../shared/domain/audit';
import type { TimelineEntry } from '../../shared/domain/timeline';
import type { StorageCapability } from './capability';
import { upgradeTimelineToV5 } from './migrations/v5-subjects';

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
  },
} as const satisfies StorageCapability;
