/**
 * Live sync's evidence content channels (`content.ts`): the host speaks to the configured database for the renderer,
 * whose CSP allows no connection off its origin. Slices cross the boundary as base64, at most one 8 MiB slice a call,
 * as evidence exports do; the host builds every path from the validated hash and index, so nothing else is reachable.
 */
import { z } from 'zod';
import { sha256HexSchema } from '../hashSchema';

const sliceIndexSchema = z.number().int().min(0).max(999_999);
/** An 8 MiB slice as base64 (4/3 of it, rounded up), and no more. */
const sliceBase64Schema = z
  .string()
  .max(11_184_812, 'A content slice is larger than 8 MiB.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64.');

export const couchContentIpc = {
  'couch:contentHas': {
    request: z.object({ sha256: sha256HexSchema, chunkCount: z.number().int().min(0).max(1_000_000) }).strict(),
    response: z.object({ present: z.boolean() }),
  },
  'couch:contentPut': {
    request: z.object({ sha256: sha256HexSchema, index: sliceIndexSchema, base64: sliceBase64Schema }).strict(),
    response: z.object({}),
  },
  'couch:contentGet': {
    request: z.object({ sha256: sha256HexSchema, index: sliceIndexSchema }).strict(),
    /** null when the server does not hold the slice. */
    response: z.object({ base64: z.string().nullable() }),
  },
} as const;
