/**
 * Writes a sync bundle: `manifest.json`, `manifest.json.minisig` (signed with the installation key), `keys/sender.pub`,
 * `SHA256SUMS`, then the payload entries (`records/<table>.ndjson`, `evidence/<sha256>`) streamed one at a time, into
 * a temporary file beside the target that is renamed into place only when whole. The caller says the size and
 * SHA-256 of every payload entry up front (evidence is content-addressed; records are hashed as they are spooled,
 * or with `describeFile`), because the signed manifest comes first; the ZIP writer refuses an entry whose bytes
 * turn out different, and the partial file is removed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  CHECKSUMS_ENTRY,
  MANIFEST_ENTRY,
  SENDER_KEY_ENTRY,
  SIGNATURE_ENTRY,
} from '../../../shared/domain/bundles/entryNames';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  bundleManifestSchema,
  formatSha256Sums,
  formatTrustedComment,
  type BundleManifest,
} from '../../../shared/domain/bundles/manifest';
import { parseOrRefuse } from '../../../shared/errors';
import type { InstallationKey } from '../trust/installationKey';
import { blake2b512, formatPublicKeyFile, publicKeyOf, signPrehashed } from './minisign';
import { ZipWriter, type ZipEntrySource } from './zipWriter';

export interface BundleDraft {
  readonly bundleId: string;
  readonly createdAt: string;
  readonly sender: { readonly installationId: string; readonly siteCode: string };
  readonly counts: Readonly<Record<string, number>>;
  readonly hlcRange: BundleManifest['hlcRange'];
  readonly previousBundleId?: string;
  /** Records entries first, then evidence, in the order they are to be written. */
  readonly entries: readonly ZipEntrySource[];
}

export function bytesSource(name: string, bytes: Uint8Array): ZipEntrySource {
  return {
    name,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    async *read() {
      if (bytes.length > 0) yield bytes;
    },
  };
}

export function fileSource(name: string, filePath: string, size: number, sha256: string): ZipEntrySource {
  return {
    name,
    size,
    sha256,
    read: () => createReadStream(filePath, { highWaterMark: 1024 * 1024 }),
  };
}

/** A file as a bundle entry, hashed now (one read) so its size and SHA-256 can go into the manifest. */
export async function describeFile(name: string, filePath: string): Promise<ZipEntrySource> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(filePath, { highWaterMark: 1024 * 1024 })) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    size += bytes.length;
  }
  return fileSource(name, filePath, size, hash.digest('hex'));
}

/** The manifest and the three header entries that follow it, for a draft signed with `key`. */
export function bundleHeader(key: InstallationKey, draft: BundleDraft) {
  const manifest = parseOrRefuse(bundleManifestSchema, 'bundle manifest', {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    bundleId: draft.bundleId,
    createdAt: draft.createdAt,
    sender: { ...draft.sender, keyFingerprint: key.fingerprint },
    counts: draft.counts,
    entries: draft.entries.map(({ name, size, sha256 }) => ({ name, size, sha256 })),
    hlcRange: draft.hlcRange,
    ...(draft.previousBundleId === undefined ? {} : { previousBundleId: draft.previousBundleId }),
  });
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  const trusted = formatTrustedComment({
    bundleId: manifest.bundleId,
    manifestSha256: createHash('sha256').update(manifestBytes).digest('hex'),
    installationId: manifest.sender.installationId,
    siteCode: manifest.sender.siteCode,
    formatVersion: manifest.formatVersion,
  });
  const signature = signPrehashed(key, blake2b512(manifestBytes), {
    trusted,
    untrusted: `Firebreak bundle ${manifest.bundleId} from ${manifest.sender.siteCode}`,
  });
  return {
    manifest,
    entries: [
      bytesSource(MANIFEST_ENTRY, manifestBytes),
      bytesSource(SIGNATURE_ENTRY, Buffer.from(signature)),
      bytesSource(SENDER_KEY_ENTRY, Buffer.from(formatPublicKeyFile(publicKeyOf(key)))),
      bytesSource(CHECKSUMS_ENTRY, Buffer.from(formatSha256Sums(manifest.entries))),
    ],
  };
}

/** Writes the bundle to `targetPath` (atomically); returns its manifest and its size in bytes. */
export async function writeBundle(
  targetPath: string,
  key: InstallationKey,
  draft: BundleDraft,
): Promise<{ manifest: BundleManifest; size: number }> {
  const header = bundleHeader(key, draft);
  const directory = path.dirname(targetPath);
  const tempPath = path.join(directory, `.${path.basename(targetPath)}.${randomBytes(6).toString('hex')}.partial`);
  const file = await open(tempPath, 'wx', 0o644);
  try {
    const zip = new ZipWriter(file, new Date(header.manifest.createdAt));
    for (const entry of [...header.entries, ...draft.entries]) await zip.add(entry);
    const size = await zip.finish();
    await file.sync();
    await file.close();
    await rename(tempPath, targetPath);
    return { manifest: header.manifest, size };
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(tempPath, { force: true });
    throw error;
  }
}
