/**
 * What a timeline entry, an evidence item or a report is about: its subject. Today every subject is an incident;
 * exercises, post-incident reviews and regulatory filings are the kinds the next capabilities add. A subject is
 * stored by value (`{ kind, id, ref }`), so a record names its subject's reference without reading another table,
 * and records of different kinds share one timeline, one evidence locker and one report pipeline.
 */
import { z } from 'zod';
import { uuidV7Schema } from './ids';

export const SUBJECT_KINDS = ['incident', 'exercise', 'review', 'filing', 'metrics', 'audit'] as const;
export const subjectKindSchema = z.enum(SUBJECT_KINDS);
export type SubjectKind = z.infer<typeof subjectKindSchema>;

export const subjectSchema = z.object({
  kind: subjectKindSchema,
  /** The subject record's id (UUIDv7), the key records are indexed by (`subject.id`). */
  id: uuidV7Schema,
  /** Its human reference as it read when the record was written, e.g. INC-2026-0042. */
  ref: z.string().trim().min(1).max(80),
});
export type Subject = z.infer<typeof subjectSchema>;

/** The subject of an incident's records. */
export function incidentSubject(incident: { readonly id: string; readonly ref: string }): Subject {
  return { kind: 'incident', id: incident.id, ref: incident.ref };
}
