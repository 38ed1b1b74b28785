/**
 * Verifies a sync bundle completely before anything from it is written anywhere, refusing in words at the first
 * failed check: the ZIP structure and entry names (`zipReader.ts`), the four header entries in order, the
 * manifest's minisign signature by the key in `keys/sender.pub`, the trusted comment against the manifest, the
 * manifest's schema, the sender key fingerprint it names, `SHA256SUMS` against the manifest, and then every payload
 * entry — exactly the manifest's entries in the manifest's order, none extra, missing or repeated — streamed for its
 * size, CRC-32, SHA-256 and (for records) its line count.
 *
 * What it proves: the bundle is exactly what the holder of the sender key signed. What it does not decide: whether
 * that key is trusted — it reports the signer's fingerprint, site and installation, and the trust model
 * (`trustedSigners`, kind `ed25519-sha256`) gives the verdict. It does not check the records' own schemas (the
 * importer does, per table) nor replay: an old bundle re-sent verifies, and merge makes re-importing it harmless.
 * A file that can change after it was verified (a plain bundle on a shared drive) must be copied to staging first or
 * re-hashed while it is imported: the verdict is about the bytes read here.
 */
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { CHECKSUMS_ENTRY, HEADER_ENTRIES, parsePayloadEntryName } from '../../../shared/domain/bundles/entryNames';
import {
  bundleManifestSchema,
  formatSha256Sums,
  parseTrustedComment,
  type BundleManifest,
  type TrustedCommentFields,
} from '../../../shared/domain/bundles/manifest';
import { describeZodError, ExplainedError } from '../../../shared/errors';
import { blake2b512, keyIdHex, parsePublicKeyFile, parseSignatureFile, verifyPrehashed } from './minisign';
import {
  BundleRefusedError,
  DEFAULT_ZIP_LIMITS,
  readSmallEntry,
  readZipEntries,
  streamEntry,
  type ZipEntry,
  type ZipLimits,
} from './zipReader';

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const MAX_KEY_FILE_BYTES = 4096;

export interface BundleSigner {
  /** SHA-256 of the raw Ed25519 key: what `trustedSigners` records for kind `ed25519-sha256`. */
  readonly fingerprint: string;
  /** minisign's key id, as `minisign` prints it. */
  readonly keyId: string;
  readonly siteCode: string;
  readonly installationId: string;
}

export interface VerifiedBundle {
  readonly manifest: BundleManifest;
  readonly manifestSha256: string;
  readonly signer: BundleSigner;
  /** The payload entries, in file order, for the importer to stream again. */
  readonly entries: readonly ZipEntry[];
}

function refuse(message: string): never {
  throw new BundleRefusedError(message);
}

type HeaderEntries = readonly [ZipEntry, ZipEntry, ZipEntry, ZipEntry];

/** The four header entries, which must come first and in this order. */
function headerEntries(entries: readonly ZipEntry[]): HeaderEntries {
  HEADER_ENTRIES.forEach((name, index) => {
    if (entries[index]?.name !== name)
      refuse(
        `The bundle must start with ${HEADER_ENTRIES.join(', ')}; entry ${index + 1} is ` +
          `${entries[index] ? JSON.stringify(entries[index].name) : 'missing'} instead of ${name}.`,
      );
  });
  const [manifest, signature, key, sums] = entries;
  if (!manifest || !signature || !key || !sums) return refuse('The bundle lacks its header entries.');
  return [manifest, signature, key, sums];
}

async function verifySignature(file: FileHandle, [manifestEntry, signatureEntry, keyEntry]: HeaderEntries) {
  const manifestBytes = await readSmallEntry(file, manifestEntry, MAX_MANIFEST_BYTES);
  const signatureText = (await readSmallEntry(file, signatureEntry, MAX_KEY_FILE_BYTES)).toString('utf8');
  const keyText = (await readSmallEntry(file, keyEntry, MAX_KEY_FILE_BYTES)).toString('utf8');
  try {
    const publicKey = parsePublicKeyFile(keyText);
    const trustedComment = verifyPrehashed(publicKey, parseSignatureFile(signatureText), blake2b512(manifestBytes));
    return { manifestBytes, publicKey, trustedComment };
  } catch (error) {
    if (error instanceof ExplainedError) refuse(`The manifest's signature does not check out: ${error.message}`);
    throw error;
  }
}

function parseManifest(manifestBytes: Buffer): BundleManifest {
  let json: unknown;
  try {
    json = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    return refuse('manifest.json is not JSON, although it is signed: the sender wrote a damaged bundle.');
  }
  const parsed = bundleManifestSchema.safeParse(json);
  if (!parsed.success)
    refuse(`manifest.json is not a bundle manifest Firebreak reads: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

const TRUSTED_FIELDS = ['bundleId', 'manifestSha256', 'installationId', 'siteCode', 'formatVersion'] as const;

function checkTrustedComment(comment: string, manifest: BundleManifest, manifestSha256: string): void {
  const fields = parseTrustedComment(comment);
  const expected: TrustedCommentFields = {
    bundleId: manifest.bundleId,
    manifestSha256,
    installationId: manifest.sender.installationId,
    siteCode: manifest.sender.siteCode,
    formatVersion: manifest.formatVersion,
  };
  if (!fields) refuse(`The signature's trusted comment is not a Firebreak bundle's: ${JSON.stringify(comment)}.`);
  for (const field of TRUSTED_FIELDS)
    if (fields[field] !== expected[field])
      refuse(`The signature's trusted comment says ${field} ${fields[field]}; the manifest says ${expected[field]}.`);
}

function checkEntryList(payload: readonly ZipEntry[], manifest: BundleManifest): void {
  const inZip = new Set(payload.map((entry) => entry.name));
  const listed = new Set(manifest.entries.map((entry) => entry.name));
  const extra = payload.find((entry) => !listed.has(entry.name));
  if (extra) refuse(`The bundle holds ${extra.name}, which its signed manifest does not list.`);
  const missing = manifest.entries.find((entry) => !inZip.has(entry.name));
  if (missing) refuse(`The bundle lacks ${missing.name}, which its signed manifest lists.`);
  manifest.entries.forEach((listedEntry, index) => {
    const entry = payload[index];
    if (entry?.name !== listedEntry.name)
      refuse(`The bundle's entries are not in the manifest's order (${listedEntry.name} expected at ${index + 5}).`);
    if (entry.size !== listedEntry.size)
      refuse(`${entry.name} is ${entry.size} bytes; the signed manifest says ${listedEntry.size}.`);
  });
}

async function checkPayloadContent(file: FileHandle, entry: ZipEntry, manifest: BundleManifest, index: number) {
  const hash = createHash('sha256');
  const payload = parsePayloadEntryName(entry.name);
  // Lines are counted in records files only: evidence is bytes, and counting its newlines costs a scan per byte.
  const countLines = payload?.kind === 'records';
  let lines = 0;
  for await (const chunk of streamEntry(file, entry)) {
    hash.update(chunk);
    if (countLines) for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  }
  const listed = manifest.entries[index];
  if (hash.digest('hex') !== listed?.sha256)
    refuse(`${entry.name} is not what was signed: its SHA-256 differs from the manifest's.`);
  if (payload?.kind === 'records' && manifest.counts[payload.table] !== lines)
    refuse(`${entry.name} holds ${lines} records; the signed manifest counts ${manifest.counts[payload.table]}.`);
}

/** Verifies the bundle at `bundlePath`; returns its manifest and signer, or throws a `BundleRefusedError`. */
export async function verifyBundle(
  bundlePath: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<VerifiedBundle> {
  const file = await open(bundlePath, 'r');
  try {
    const entries = await readZipEntries(file, limits);
    const header = headerEntries(entries);
    const { manifestBytes, publicKey, trustedComment } = await verifySignature(file, header);
    const manifestSha256 = createHash('sha256').update(manifestBytes).digest('hex');
    const manifest = parseManifest(manifestBytes);
    checkTrustedComment(trustedComment, manifest, manifestSha256);
    if (manifest.sender.keyFingerprint !== publicKey.fingerprint)
      refuse('The manifest names a different sender key from the one that signed it.');
    const sums = await readSmallEntry(file, header[3], MAX_MANIFEST_BYTES);
    if (sums.toString('utf8') !== formatSha256Sums(manifest.entries))
      refuse(`${CHECKSUMS_ENTRY} does not list exactly the entries of the signed manifest.`);
    const payload = entries.slice(HEADER_ENTRIES.length);
    checkEntryList(payload, manifest);
    for (const [index, entry] of payload.entries()) await checkPayloadContent(file, entry, manifest, index);
    return {
      manifest,
      manifestSha256,
      signer: {
        fingerprint: publicKey.fingerprint,
        keyId: keyIdHex(publicKey.keyId),
        siteCode: manifest.sender.siteCode,
        installationId: manifest.sender.installationId,
      },
      entries: payload,
    };
  } finally {
    await file.close();
  }
}
