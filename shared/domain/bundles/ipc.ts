/**
 * The bundles capability's IPC slice. Export: the renderer gathers the records (it holds the database) and sends them
 * with the list of evidence contents to `bundles:exportBegin`; the host chooses where to save, then receives the
 * evidence bytes in chunks, checks each content's size and SHA-256, writes the signed (and, for recipients,
 * encrypted) bundle to a temporary file and renames it into place. Import: the renderer uploads the chosen file in
 * chunks into the host's staging folder (a file input works the same in Electron and the test host); the host
 * decrypts and verifies it completely before it answers with the manifest, the signer and the records; evidence
 * bytes are then read from the verified copy in chunks. Nothing reaches the database before the renderer's one
 * apply transaction.
 */
import { z } from 'zod';
import { ipcBytesSchema } from '../../ipc/binary';
import { fileNameSchema } from '../../ipc/fileName';
import { sha256HexSchema } from '../hashSchema';
import { isoTimestampSchema } from '../time';
import { TABLE_NAME_PATTERN } from './entryNames';
import type { BundleManifest } from './manifest';

// The preload bundles this contract, so it may import only zod and small schema modules: the id, clock and site-code
// shapes are restated here (the host re-checks the manifest with bundleManifestSchema when it writes one), and the
// opened manifest crosses as a value the renderer parses with bundleManifestSchema.
const uuidV7Schema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'Not a UUIDv7 identifier.');
const hlcSchema = z.string().regex(/^\d{15}-\d{4}-[0-9a-z]{1,32}$/, 'Not a hybrid logical clock stamp.');
const siteCodeSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{1,5}$/, 'Use 2 to 6 letters or digits, starting with a letter, for example LON.');

/** The most bytes one chunk of a bundle or of its evidence carries over IPC (as raw bytes, `shared/ipc/binary.ts`). */
export const BUNDLE_CHUNK_MAX_BYTES = 8 * 1024 * 1024;
/** The largest bundle the host writes or opens (64 GiB), and the most records text one bundle carries. */
export const BUNDLE_MAX_BYTES = 64 * 1024 ** 3;
export const BUNDLE_MAX_RECORDS_TEXT = 512 * 1024 * 1024;

const transferIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'Not a transfer id.');
const chunkBytesSchema = ipcBytesSchema(BUNDLE_CHUNK_MAX_BYTES, 'A bundle chunk');
/** Where a chunk starts in its file: chunks must arrive in order, each where the one before it ended. */
const chunkOffsetSchema = z.number().int().min(0).max(BUNDLE_MAX_BYTES);

export const ageRecipientTextSchema = z
  .string()
  .trim()
  .regex(/^age1[02-9ac-hj-np-z]{58}$/, 'An age recipient starts with age1 and has 62 characters.');

/** A passphrase to encrypt a bundle with (age's scrypt stanza); the host never stores it. */
export const BUNDLE_MIN_PASSPHRASE = 12;
export const bundlePassphraseSchema = z
  .string()
  .min(BUNDLE_MIN_PASSPHRASE, `Use a passphrase of at least ${BUNDLE_MIN_PASSPHRASE} characters (several words).`)
  .max(1024, 'A passphrase may be at most 1,024 characters.');

export const recordsFileSchema = z
  .object({ table: z.string().regex(TABLE_NAME_PATTERN), text: z.string(), count: z.number().int().min(0) })
  .strict();
export type RecordsFile = z.infer<typeof recordsFileSchema>;

export const bundleSignerSchema = z.object({
  fingerprint: sha256HexSchema,
  keyId: z.string(),
  siteCode: z.string(),
  installationId: z.string(),
});
export type BundleSignerView = z.infer<typeof bundleSignerSchema>;

export const bundleExportBeginSchema = z
  .object({
    suggestedName: fileNameSchema,
    recipients: z.array(ageRecipientTextSchema).max(20),
    /** Instead of recipients: age allows a passphrase only alone. */
    passphrase: bundlePassphraseSchema.optional(),
    bundleId: uuidV7Schema,
    createdAt: isoTimestampSchema,
    sender: z.object({ installationId: uuidV7Schema, siteCode: siteCodeSchema }).strict(),
    hlcRange: z.object({ from: hlcSchema, to: hlcSchema }).strict().nullable(),
    previousBundleId: uuidV7Schema.optional(),
    records: z.array(recordsFileSchema).max(64),
    evidence: z
      .array(z.object({ sha256: sha256HexSchema, size: z.number().int().min(0).max(BUNDLE_MAX_BYTES) }).strict())
      .max(100_000),
  })
  .strict()
  .refine((request) => request.passphrase === undefined || request.recipients.length === 0, {
    message: 'Encrypt either to recipients or with a passphrase, not both: age allows a passphrase only alone.',
    path: ['passphrase'],
  });
export type BundleExportBegin = z.input<typeof bundleExportBeginSchema>;

export const bundleExportFinishResultSchema = z.object({
  path: z.string(),
  bytes: z.number().int().min(0),
  encrypted: z.boolean(),
  manifestSha256: sha256HexSchema,
  keyFingerprint: sha256HexSchema,
});
export type BundleExportFinishResult = z.infer<typeof bundleExportFinishResultSchema>;

export const bundleOpenResultSchema = z.object({
  manifest: z.custom<BundleManifest>((value) => typeof value === 'object' && value !== null),
  manifestSha256: sha256HexSchema,
  signer: bundleSignerSchema,
  encrypted: z.boolean(),
  records: z.array(recordsFileSchema),
});
export type BundleOpenResult = z.infer<typeof bundleOpenResultSchema>;

export const bundlesIpc = {
  'bundles:identity': {
    request: z.object({}).strict(),
    response: z.object({ recipient: z.string(), keyFingerprint: sha256HexSchema }),
  },
  'bundles:exportBegin': {
    request: bundleExportBeginSchema,
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('ready'), exportId: transferIdSchema }),
      z.object({ status: z.literal('cancelled') }),
    ]),
  },
  'bundles:exportChunk': {
    request: z
      .object({ exportId: transferIdSchema, sha256: sha256HexSchema, offset: chunkOffsetSchema, bytes: chunkBytesSchema })
      .strict(),
    response: z.object({ received: z.number().int().min(0) }),
  },
  'bundles:exportFinish': {
    request: z.object({ exportId: transferIdSchema }).strict(),
    response: bundleExportFinishResultSchema,
  },
  'bundles:exportAbort': { request: z.object({ exportId: transferIdSchema }).strict(), response: z.object({}) },
  'bundles:importBegin': {
    request: z
      .object({
        fileName: z.string().max(255),
        size: z
          .number()
          .int()
          .min(1, 'The file is empty.')
          .max(BUNDLE_MAX_BYTES, 'Firebreak opens bundles up to 64 GiB.'),
      })
      .strict(),
    response: z.object({ importId: transferIdSchema }),
  },
  'bundles:importChunk': {
    request: z.object({ importId: transferIdSchema, offset: chunkOffsetSchema, bytes: chunkBytesSchema }).strict(),
    response: z.object({ received: z.number().int().min(0) }),
  },
  'bundles:importOpen': {
    request: z.object({ importId: transferIdSchema, passphrase: z.string().max(1024).optional() }).strict(),
    response: bundleOpenResultSchema,
  },
  'bundles:importEvidence': {
    request: z
      .object({
        importId: transferIdSchema,
        sha256: sha256HexSchema,
        offset: z.number().int().min(0),
        length: z
          .number()
          .int()
          .min(1)
          .max(BUNDLE_CHUNK_MAX_BYTES),
      })
      .strict(),
    response: z.object({ bytes: chunkBytesSchema }).strict(),
  },
  'bundles:importClose': { request: z.object({ importId: transferIdSchema }).strict(), response: z.object({}) },
} as const;
