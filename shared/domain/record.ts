/**
 * The fields every stored record carries, so that sync bundles can merge work from several machines later:
 * identity, authorship, a hybrid-logical-clock stamp with a revision counter, and a tombstone instead of deletion.
 */
import { z } from 'zod';
import { hlcSchema, uuidV7Schema } from './ids';
import { isoTimestampSchema } from './time';

export const personNameSchema = z.string().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.');

export const recordMetaSchema = z.object({
  id: uuidV7Schema,
  createdAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema,
  createdBy: personNameSchema,
  updatedBy: personNameSchema,
  rev: z.number().int().min(1),
  hlc: hlcSchema,
  deletedAt: isoTimestampSchema.nullable(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;
