/**
 * Writes a sync bundle: `manifest.json`, `manifest.json.minisig` (signed with the installation key), `keys/sender.pub`,
 * `SHA256SUMS`, then the payload entries (`records/<table>.ndjson`, `evidence/<sha256>`) streamed one at a time —
 * through the age encryptor when it is encrypted, so sign-then-encrypt is one pass — into a temporary file beside
 * the target that is renamed into place only when whole (`BundleStream`). The caller says the size and
 * SHA-256 of every payload entry up front (evidence is content-addressed; records are hashed as they are spooled,
 * or with `describeFile`), because the signed manifest comes first; the ZIP writer refuses an entry whose bytes
 * turn out different, and the partial file is removed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
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
import { ExplainedError, parseOrRefuse } from '../../../shared/errors';
import type { InstallationKey } from '../trust/installationKey';
import { blake2b512, formatPublicKeyFile, publicKeyOf, signPrehashed } from './minisign';
import { ageEncryptor, type AgeEncryptor, type AgeEncryptTo } from './age';
import { fileSink } from './byteSink';
import { ZipWriter, type ZipEntryInfo, type ZipEntrySource } from './zipWriter';

/** What the signed manifest says: every payload entry's name, size and SHA-256, in the order they are written. */
export interface BundleDraftInfo {
  readonly bundleId: string;
  readonly createdAt: string;
  readonly sender: { readonly installationId: string; readonly siteCode: string };
  readonly counts: Readonly<Record<string, number>>;
  readonly hlcRange: BundleManifest['hlcRange'];
  readonly previousBundleId?: string;
  /** Records entries first, then evidence, in the order they are to be written. */
  readonly entries: readonly ZipEntryInfo[];
}

export interface BundleDraft extends BundleDraftInfo {
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
export function bundleHeader(key: InstallationKey, draft: BundleDraftInfo) {
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

/**
 * A bundle written as its entries arrive, straight to a temporary file beside `targetPath` — through an age
 * encryptor when there are recipients or a passphrase (sign, then encrypt, in one pass: no plain copy on disk) — and
 * renamed into place by `finish`. The header entries are written when it opens; payload entries must then come in
 * the manifest's order, whole (`add`) or in pieces (`begin`, `write`…, `end`), each checked against the size and
 * SHA-256 the manifest declared. `abort` (or any failure) removes the temporary file.
 */
export class BundleStream {
  private next = 0;
  private done = false;

  private constructor(
    readonly manifest: BundleManifest,
    private readonly draft: BundleDraftInfo,
    private readonly zip: ZipWriter,
    private readonly file: FileHandle,
    private readonly tempPath: string,
    private readonly targetPath: string,
    private readonly encryptor: AgeEncryptor | undefined,
  ) {}

  static async open(
    targetPath: string,
    key: InstallationKey,
    draft: BundleDraftInfo,
    to: AgeEncryptTo = [],
  ): Promise<BundleStream> {
    const header = bundleHeader(key, draft);
    const directory = path.dirname(targetPath);
    const tempPath = path.join(directory, `.${path.basename(targetPath)}.${randomBytes(6).toString('hex')}.partial`);
    const file = await open(tempPath, 'wx', 0o644);
    try {
      const encrypt = 'passphrase' in to || to.length > 0;
      const encryptor = encrypt ? await ageEncryptor(fileSink(file), to) : undefined;
      const zip = new ZipWriter(encryptor ?? file, new Date(header.manifest.createdAt));
      for (const entry of header.entries) await zip.add(entry);
      return new BundleStream(header.manifest, draft, zip, file, tempPath, targetPath, encryptor);
    } catch (error) {
      await file.close().catch(() => undefined);
      await rm(tempPath, { force: true });
      throw error;
    }
  }

  get encrypted(): boolean {
    return this.encryptor !== undefined;
  }

  /** The payload entry expected next, if any. */
  get expected(): ZipEntryInfo | undefined {
    return this.draft.entries[this.next];
  }

  async add(entry: ZipEntrySource): Promise<void> {
    await this.begin(entry.name);
    for await (const chunk of entry.read()) await this.write(chunk);
    await this.end();
  }

  async begin(name: string): Promise<void> {
    const info = this.expected;
    if (info?.name !== name)
      throw new ExplainedError(`${name} came out of order: the bundle expected ${info?.name ?? 'no more entries'}.`);
    await this.zip.begin(info);
  }

  write(chunk: Uint8Array): Promise<void> {
    return this.zip.write(chunk);
  }

  async end(): Promise<void> {
    await this.zip.end();
    this.next += 1;
  }

  /** Ends the ZIP (and the age file), syncs and renames it into place; returns the ZIP's size in bytes. */
  async finish(): Promise<number> {
    if (this.done) throw new Error('The bundle is already finished.');
    const missing = this.expected;
    if (missing) throw new ExplainedError(`The bundle lacks ${missing.name}: it did not arrive whole.`);
    const size = await this.zip.finish();
    await this.encryptor?.finish();
    await this.file.sync();
    await this.file.close();
    this.done = true;
    await rename(this.tempPath, this.targetPath);
    return size;
  }

  /** Stops writing and removes the temporary file. */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.file.close().catch(() => undefined);
    await rm(this.tempPath, { force: true });
  }
}

/**
 * Writes the bundle to `targetPath` (atomically), encrypted when `to` names recipients or a passphrase; returns its
 * manifest and the ZIP's size in bytes.
 */
export async function writeBundle(
  targetPath: string,
  key: InstallationKey,
  draft: BundleDraft,
  to: AgeEncryptTo = [],
): Promise<{ manifest: BundleManifest; size: number }> {
  const stream = await BundleStream.open(targetPath, key, draft, to);
  try {
    for (const entry of draft.entries) await stream.add(entry);
    return { manifest: stream.manifest, size: await stream.finish() };
  } catch (error) {
    await stream.abort();
    throw error;
  }
}
