/**
 * The Firebreak database (IndexedDB through Dexie). Every version the app has ever shipped is declared here, in
 * order; a schema change only adds a version, and its data upgrade lives in its own file under `migrations/`.
 * Reads may use the tables directly; every write goes through `writeTransaction` in `write.ts`.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AuditEntry } from '../../shared/domain/audit';
import type { CustodyEvent } from '../../shared/domain/evidence/custody';
import type { EvidenceChunk, EvidenceContent, EvidenceItem } from '../../shared/domain/evidence/evidence';
import type { Incident } from '../../shared/domain/incidents/incident';
import type { ChecklistStep } from '../../shared/domain/runbooks/checklist';
import type { Runbook } from '../../shared/domain/runbooks/runbook';
import type { EscalationMatrix, Person } from '../../shared/domain/team/team';
import type { TimelineEntry } from '../../shared/domain/timeline';
import { upgradeToV2 } from './incidents/migrations/v2-multiple-incident-types';
import { upgradeToV3 } from './runbooks/migrations/v3-runbooks-and-checklists';
import { upgradeToV4, type EvidenceIntakeRow } from './evidence/migrations/v4-evidence-locker';

export const DATABASE_NAME = 'firebreak';

/** A key/value row: the audit head, the clock, reference counters, the responder profile. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** Every store layout the app has shipped, oldest first. Tests open old versions from here. */
export const SCHEMA_VERSIONS = {
  1: {
    incidents: '&id, &ref, declaredAt, updatedAt, phase, severity, type',
    timeline: '&id, [incidentId+occurredAt]',
    auditLog: '&seq',
    meta: '&key',
  },
  2: {
    incidents: '&id, &ref, declaredAt, updatedAt, phase, severity, *types',
  },
  3: {
    runbooks: '&id, lineageId, status',
    checklistSteps: '&id, incidentId',
    people: '&id, name',
    escalationMatrix: '&id',
  },
  4: {
    evidence: '&id, incidentId, sha256, acquiredAt, updatedAt',
    evidenceContent: '&sha256, &chunksId',
    evidenceChunks: '[chunksId+index]',
    evidenceIntakes: '&intakeId',
    custody: '[itemId+seq], at',
  },
} as const;

export const CURRENT_VERSION = 4;

export class FirebreakDatabase extends Dexie {
  incidents!: EntityTable<Incident, 'id'>;
  timeline!: EntityTable<TimelineEntry, 'id'>;
  auditLog!: Table<AuditEntry, number>;
  meta!: Table<MetaRow, string>;
  runbooks!: EntityTable<Runbook, 'id'>;
  checklistSteps!: EntityTable<ChecklistStep, 'id'>;
  people!: EntityTable<Person, 'id'>;
  escalationMatrix!: EntityTable<EscalationMatrix, 'id'>;
  evidence!: EntityTable<EvidenceItem, 'id'>;
  evidenceContent!: Table<EvidenceContent, string>;
  evidenceChunks!: Table<EvidenceChunk, [string, number]>;
  evidenceIntakes!: Table<EvidenceIntakeRow, string>;
  custody!: Table<CustodyEvent, [string, number]>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_VERSIONS[1]);
    this.version(2).stores(SCHEMA_VERSIONS[2]).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_VERSIONS[3]).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_VERSIONS[4]).upgrade(upgradeToV4);
  }
}

export function openDatabase(name?: string): FirebreakDatabase {
  return new FirebreakDatabase(name);
}
