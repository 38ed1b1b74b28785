/**
 * A bundle file as it travels: the signed ZIP (`.fbundle`), or that ZIP encrypted with age (`.fbundle.age`) when
 * recipients are known — signed, then encrypted. Opening one decrypts it (if encrypted) into a staging folder the
 * caller owns, never next to user data, and verifies it there completely (`verifyBundle`) before returning; on any
 * refusal the staged copy is removed, so a refused bundle leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import path from 'node:path';
import type { InstallationKey } from '../trust/installationKey';
import { decryptFile, needsPassphrase, parseHeader, type AgeEncryptTo } from './age';
import type { AgeIdentity } from './ageKeys';
import { verifyBundle, type VerifiedBundle } from './bundleVerifier';
import { writeBundle, type BundleDraft } from './bundleWriter';
import type { BundleManifest } from '../../../shared/domain/bundles/manifest';
import { BundleRefusedError } from './zipReader';

const AGE_MAGIC = Buffer.from('age-encryption.org/v1\n');

/**
 * Writes the bundle to `targetPath`, encrypted to `to` — recipients (raw X25519 keys) when there are any, or a
 * passphrase.
 */
export async function writeBundleFile(
  targetPath: string,
  key: InstallationKey,
  draft: BundleDraft,
  to: AgeEncryptTo = [],
): Promise<{ manifest: BundleManifest; encrypted: boolean }> {
  const { manifest } = await writeBundle(targetPath, key, draft, to);
  return { manifest, encrypted: 'passphrase' in to || to.length > 0 };
}

export async function isAgeEncrypted(filePath: string): Promise<boolean> {
  const file = await open(filePath, 'r');
  try {
    const start = Buffer.alloc(AGE_MAGIC.length);
    const { bytesRead } = await file.read(start, 0, start.length, 0);
    return bytesRead === start.length && start.equals(AGE_MAGIC);
  } finally {
    await file.close();
  }
}

/** How the file is encrypted: not at all, to X25519 recipients, or with a passphrase. */
export async function encryptionOf(filePath: string): Promise<'none' | 'recipients' | 'passphrase'> {
  if (!(await isAgeEncrypted(filePath))) return 'none';
  const file = await open(filePath, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return needsPassphrase(parseHeader(head.subarray(0, bytesRead))) ? 'passphrase' : 'recipients';
  } finally {
    await file.close();
  }
}

export interface OpenedBundle extends VerifiedBundle {
  /** The verified plain ZIP: the file itself, or its decrypted copy in the staging folder. */
  readonly zipPath: string;
  readonly encrypted: boolean;
}

/** Decrypts (if needed) and verifies the bundle at `filePath`; throws an `ExplainedError` in words on refusal. */
export async function openBundleFile(
  filePath: string,
  options: { readonly identity?: AgeIdentity; readonly passphrase?: string; readonly stagingFolder: string },
): Promise<OpenedBundle> {
  if (!(await isAgeEncrypted(filePath)))
    return { ...(await verifyBundle(filePath)), zipPath: filePath, encrypted: false };
  if (!options.identity && options.passphrase === undefined)
    throw new BundleRefusedError('The bundle is encrypted, and this site has no age identity to open it.');
  const zipPath = path.join(options.stagingFolder, `${randomBytes(8).toString('hex')}.fbundle`);
  try {
    await decryptFile(filePath, zipPath, {
      ...(options.identity ? { identity: options.identity } : {}),
      ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
    });
    return { ...(await verifyBundle(zipPath)), zipPath, encrypted: true };
  } catch (error) {
    await rm(zipPath, { force: true });
    throw error;
  }
}
