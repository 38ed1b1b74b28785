/**
 * The fields every stored record carries, so that sync bundles can merge work from several machines later:
 * identity, authorship, a hybrid-logical-clock stamp with a revision counter, and a tombstone instead of deletion.
 * Authorship is the acting person's stable id (a person record in the people directory) beside a snapshot of their
 * name as it was when they acted: `createdById` + `createdBy`, `updatedById` + `updatedBy`. Screens show the name;
 * merges and reports that ask "who did what" use the id, which survives renames and other installations.
 */
import { z } from 'zod';
import { hlcSchema, uuidV7Schema } from './ids';
import { isoTimestampSchema } from './time';

export const personNameSchema = z.string().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.');

/** A person's stable id: the id of their record in the people directory. */
export const personIdSchema = uuidV7Schema;
export type PersonId = z.infer<typeof personIdSchema>;

/**
 * The id given, at the upgrade to version 6, to authors known only by a name that matches nobody in the directory
 * (the name snapshot beside it is kept). Such names were never vetted people, so none is invented for them.
 */
export const UNKNOWN_PERSON_ID: PersonId = '00000000-0000-7000-8000-000000000000';

/** A person named on a record: stable id plus the name as it was then. */
export const personRefSchema = z.object({ id: personIdSchema, name: personNameSchema });
export type PersonRef = z.infer<typeof personRefSchema>;

export const recordMetaSchema = z.object({
  id: uuidV7Schema,
  createdAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema,
  createdBy: personNameSchema,
  createdById: personIdSchema,
  updatedBy: personNameSchema,
  updatedById: personIdSchema,
  rev: z.number().int().min(1),
  hlc: hlcSchema,
  deletedAt: isoTimestampSchema.nullable(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;
