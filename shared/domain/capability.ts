/**
 * What a capability declares in the shared layer: the record entities it stores (each a table and the one zod
 * schema of its records) and any other names it writes to the audit log. `capabilities.ts` collects the
 * declarations; the write path, the audit log and the database read them from there.
 */
import type { z } from 'zod';
import type { RecordMeta } from './record';

export interface EntityDeclaration {
  /** The IndexedDB table the records live in (declared by the capability's storage in renderer/db). */
  readonly table: string;
  /** The one definition of the record's shape: forms, storage, IPC and import all use it. */
  readonly schema: z.ZodType<RecordMeta>;
}

export interface DomainCapability {
  readonly name: string;
  readonly entities: Readonly<Record<string, EntityDeclaration>>;
  /** Audit-log subjects that are not records of a table (custody events, the profile, migrations). */
  readonly auditSubjects: readonly string[];
}
