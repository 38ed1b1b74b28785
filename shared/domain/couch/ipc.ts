/**
 * Live sync's IPC slice: the host signs the revisions this installation writes with the installation key (which
 * never leaves the host) and checks the signatures of revisions received from the server. Whether a valid signer is
 * trusted is the renderer's verdict against the trusted signers, as for bundles.
 */
import { z } from 'zod';
import { revisionSignatureSchema } from './signature';

const contentSchema = z.string().min(2).max(8_000_000);

/** The most revisions one `couch:signRevisions` or `couch:verifyRevisions` call carries. */
export const REVISIONS_PER_HOST_CALL = 1000;

/** A CouchDB database URL: http or https, no credentials in it, the database as its last path segment. */
export const couchDatabaseUrlSchema = z
  .string()
  .trim()
  .max(500)
  .regex(
    /^https?:\/\/[A-Za-z0-9.[\]:-]+(:\d{1,5})?(\/[A-Za-z0-9._~%-]+)*\/[a-z][a-z0-9_$()+-]*\/?$/,
    'Give the database URL, e.g. https://couch.example.lan:6984/firebreak (no user name or password in it).',
  )
  .transform((value) => value.replace(/\/+$/, ''));

const couchSettingsViewSchema = z.object({
  url: z.string().nullable(),
  username: z.string().nullable(),
  hasPassword: z.boolean(),
});
export type CouchSettingsView = z.infer<typeof couchSettingsViewSchema>;

export const couchIpc = {
  'couch:settings': { request: z.object({}).strict(), response: couchSettingsViewSchema },
  /** Checks the server answers with these credentials, then seals them in the host. An empty password keeps the old. */
  'couch:configure': {
    request: z
      .object({
        url: couchDatabaseUrlSchema,
        username: z.string().trim().max(200),
        password: z.string().max(1000),
      })
      .strict(),
    response: couchSettingsViewSchema,
  },
  /** One replication-protocol request to the configured database (paths outside the protocol are refused). */
  'couch:request': {
    request: z
      .object({
        method: z.enum(['GET', 'POST', 'PUT']),
        path: z.string().min(1).max(700),
        body: z.string().max(64_000_000).optional(),
      })
      .strict(),
    response: z.object({ status: z.number().int(), text: z.string() }),
  },
  /** Ends every wait for changes in flight (the loop pausing, or the settings changing); each answers "no change". */
  'couch:cancelWaits': {
    request: z.object({}).strict(),
    response: z.object({ cancelled: z.number().int().min(0) }),
  },
  'couch:signRevisions': {
    request: z
      .object({
        installationId: z.string().min(1).max(64),
        siteCode: z.string().max(32),
        contents: z.array(contentSchema).min(1).max(REVISIONS_PER_HOST_CALL),
      })
      .strict(),
    response: z.object({ signatures: z.array(revisionSignatureSchema) }),
  },
  'couch:verifyRevisions': {
    request: z
      .object({
        revisions: z
          .array(z.object({ content: contentSchema, signature: revisionSignatureSchema }).strict())
          .min(1)
          .max(REVISIONS_PER_HOST_CALL),
      })
      .strict(),
    /** Per revision: null when the signature holds, else what is wrong, in words. */
    response: z.object({
      problems: z.array(z.string().nullable()),
      /** This installation's key fingerprint (its own revisions need no trusted-signer entry); null if none yet. */
      ownFingerprint: z.string().nullable(),
    }),
  },
} as const;
