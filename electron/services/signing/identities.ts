/**
 * The installation's signing identities: the current one, whose key is sealed in the KeyStore, and the retired ones
 * it replaced. Their public certificates are kept in clear in `signing-identities.json` beside the sealed file, so
 * the identity can be shown (and a report prepared for it) without unsealing the key, and so the verifier can go on
 * trusting a retired fingerprint for the reports it signed. Replacing an identity needs `replace: true`, which the
 * renderer sends only after the person confirmed; the old certificate then moves to `retired` with the time.
 * The key is written first and the list second; if the two ever disagree, signing says so instead of using the key.
 */
import { X509Certificate, createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { RetiredSigningIdentity, SigningIdentities, SigningIdentity } from '../../../shared/reports/signing';
import { writeFileAtomically } from '../atomicWrite';
import { IdentityError, parseStoredIdentity, summarise, type LoadedIdentity, type StoredIdentity } from './identity';
import type { KeyStore } from './keyStore';

const sourceSchema = z.enum(['self-signed', 'pkcs12']);
const identitiesFileSchema = z.object({
  format: z.literal('firebreak-signing-identities'),
  current: z
    .object({ certificatePem: z.string(), source: sourceSchema, sealedWith: z.enum(['host', 'passphrase']) })
    .nullable(),
  retired: z.array(z.object({ certificatePem: z.string(), source: sourceSchema, retiredAt: z.string() })),
});
type IdentitiesFile = z.infer<typeof identitiesFileSchema>;

export const IDENTITIES_FILE_NAME = 'signing-identities.json';

export function identitiesPathFor(store: KeyStore): string {
  return path.join(path.dirname(store.location), IDENTITIES_FILE_NAME);
}

export interface NewIdentityOptions {
  readonly keyPassphrase?: string | undefined;
  readonly replace?: boolean | undefined;
}

export interface IdentityRegistry {
  list(): Promise<SigningIdentities>;
  /** Seals `stored` as the current identity, retiring the one before it (only with `replace: true`). */
  install(stored: StoredIdentity, options: NewIdentityOptions, now?: Date): Promise<SigningIdentity>;
  /** The current identity with its key, for one signature. */
  unlock(keyPassphrase: string | undefined): Promise<LoadedIdentity | undefined>;
}

function fingerprintOf(certificatePem: string): string {
  return createHash('sha256').update(new X509Certificate(certificatePem).raw).digest('hex');
}

export function createIdentityRegistry(store: KeyStore): IdentityRegistry {
  const listPath = identitiesPathFor(store);
  // One change at a time: two windows creating identities at once must not lose a retired certificate.
  let queue: Promise<unknown> = Promise.resolve();
  function serially<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  }

  async function readFileRecord(): Promise<IdentitiesFile> {
    let text: string;
    try {
      text = await readFile(listPath, 'utf8');
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return fromSealedOnly();
      throw error;
    }
    const parsed = identitiesFileSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new IdentityError(`The list of signing identities (${listPath}) is damaged.`);
    return parsed.data;
  }

  /** An installation from before this list existed: its one identity, if the host can read it unasked. */
  async function fromSealedOnly(): Promise<IdentitiesFile> {
    const empty: IdentitiesFile = { format: 'firebreak-signing-identities', current: null, retired: [] };
    let secret: string | undefined;
    try {
      secret = await store.read();
    } catch {
      return empty;
    }
    if (secret === undefined) return empty;
    const stored = JSON.parse(secret) as StoredIdentity;
    return { ...empty, current: { certificatePem: stored.certificatePem, source: stored.source, sealedWith: 'host' } };
  }

  function retiredSummary(entry: IdentitiesFile['retired'][number]): RetiredSigningIdentity {
    return {
      ...summarise(entry.certificatePem, entry.source),
      certificatePem: entry.certificatePem,
      retiredAt: entry.retiredAt,
    };
  }

  return {
    async list() {
      const record = await readFileRecord();
      return {
        current: record.current === null ? null : summarise(record.current.certificatePem, record.current.source),
        currentNeedsPassphrase: record.current?.sealedWith === 'passphrase',
        retired: record.retired.map(retiredSummary).reverse(),
        newKeyProtection: store.protection(),
      };
    },

    install: (stored, options, now = new Date()) =>
      serially(async () => {
        const record = await readFileRecord();
        const previous = record.current;
        if (previous !== null && options.replace !== true) {
          throw new IdentityError(
            `This installation already signs with the certificate SHA-256 ${fingerprintOf(previous.certificatePem)}. ` +
              'Confirm the replacement to retire it and use the new one.',
          );
        }
        const protection = store.protection();
        const sealedWith = protection.kind;
        await store.write(JSON.stringify(stored), sealedWith === 'passphrase' ? options.keyPassphrase : undefined);
        const newFingerprint = fingerprintOf(stored.certificatePem);
        const retiring =
          previous === null || fingerprintOf(previous.certificatePem) === newFingerprint
            ? []
            : [{ certificatePem: previous.certificatePem, source: previous.source, retiredAt: now.toISOString() }];
        const next: IdentitiesFile = {
          format: 'firebreak-signing-identities',
          current: { certificatePem: stored.certificatePem, source: stored.source, sealedWith },
          retired: [
            ...record.retired.filter((entry) => fingerprintOf(entry.certificatePem) !== newFingerprint),
            ...retiring,
          ],
        };
        await writeFileAtomically(listPath, `${JSON.stringify(next, null, 2)}\n`);
        return summarise(stored.certificatePem, stored.source);
      }),

    async unlock(keyPassphrase) {
      const record = await readFileRecord();
      if (record.current === null) return undefined;
      const secret = await store.read(keyPassphrase);
      if (secret === undefined) return undefined;
      const identity = parseStoredIdentity(secret);
      if (identity.summary.fingerprint !== fingerprintOf(record.current.certificatePem)) {
        throw new IdentityError(
          'The sealed signing key does not belong to the identity on record; create or import the identity again.',
        );
      }
      return identity;
    },
  };
}
