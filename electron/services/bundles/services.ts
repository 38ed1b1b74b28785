/**
 * The bundles capability's host services: the site's age identity (made and sealed on first use, like the
 * installation key), export sessions (save path chosen first, evidence spooled to staging and checked against its
 * size and SHA-256, then the bundle signed with the installation key, encrypted to the recipients, written to a
 * temporary file and renamed into place) and import sessions (the file uploaded into staging, decrypted and verified
 * completely before the renderer sees a record; evidence read back from the verified copy). Staging folders are
 * removed when a session ends and at start.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { evidenceEntryName, parsePayloadEntryName, recordsEntryName } from '../../../shared/domain/bundles/entryNames';
import type { bundlesIpc } from '../../../shared/domain/bundles/ipc';
import { BUNDLE_MAX_RECORDS_TEXT } from '../../../shared/domain/bundles/ipc';
import { ExplainedError } from '../../../shared/errors';
import type { ServicesFor } from '../../ipc/handleRequest';
import type { SaveDialog } from '../dialogs';
import type { KeyStore } from '../signing/keyStore';
import { ensureInstallationKey } from '../trust/installationKey';
import type { TrustDependencies } from '../trust/services';
import {
  formatAgeIdentity,
  formatAgeRecipient,
  generateAgeIdentity,
  parseAgeIdentity,
  parseAgeRecipient,
  type AgeIdentity,
} from './ageKeys';
import { openBundleFile, type OpenedBundle } from './bundleFile';
import { BundleStream, bytesSource } from './bundleWriter';
import { streamEntry, type ZipEntry } from './zipReader';
import { entryTooLongMessage } from './zipWriter';

export interface BundleDependencies {
  /** Where the site's age identity rests, sealed. */
  readonly ageKeyStore: KeyStore;
  /** A folder of the host's own for bundles being written or opened; emptied before this run's first use. */
  readonly stagingFolder: string;
}

interface ExportSession {
  readonly targetPath: string;
  readonly request: Parameters<ServicesFor<'bundles:exportBegin'>['bundles:exportBegin']>[0];
  /** The evidence in the order the bundle carries it, each sent whole, in order, in chunks. */
  readonly evidence: readonly { readonly sha256: string; readonly size: number }[];
  /** The bundle being written (opened with the first chunk, or at finish when there is no evidence). */
  stream?: Promise<BundleStream>;
  /** Which evidence entry is being written, whether it is begun, and how many of its bytes were written. */
  current: number;
  begun: boolean;
  received: number;
  /** Where the next chunk must start, counting chunks accepted but maybe not yet written: entry and bytes. */
  acceptedItem: number;
  acceptedBytes: number;
  /**
   * The accepted chunk being written, after the one before it. A chunk is answered once it is checked and the one
   * before it is written, so the next crosses over while this one is hashed, encrypted and written; a failure of the
   * write is the answer to the next call (or to finish).
   */
  writing: Promise<void>;
  /** A chunk is being accepted: chunks of one export come one at a time. */
  busy: boolean;
}

interface ImportSession {
  readonly folder: string;
  readonly uploadPath: string;
  readonly size: number;
  received: number;
  upload?: FileHandle;
  opened?: OpenedBundle & { readonly zip: FileHandle; readonly evidence: Map<string, ZipEntry> };
}

const AGE_IDENTITY_FORMAT = 'firebreak-age-identity';

/** In-flight first reads per store, so concurrent callers never make two identities. */
const ensuringIdentity = new WeakMap<KeyStore, Promise<AgeIdentity>>();

function ensureAgeIdentity(store: KeyStore): Promise<AgeIdentity> {
  let pending = ensuringIdentity.get(store);
  if (!pending) {
    pending = loadOrCreateAgeIdentity(store);
    ensuringIdentity.set(store, pending);
    pending.catch(() => ensuringIdentity.delete(store));
  }
  return pending;
}

async function loadOrCreateAgeIdentity(store: KeyStore): Promise<AgeIdentity> {
  const stored = await store.read();
  if (stored !== undefined) return parseAgeIdentity((JSON.parse(stored) as { identity: string }).identity);
  const identity = generateAgeIdentity();
  await store.write(JSON.stringify({ format: AGE_IDENTITY_FORMAT, identity: formatAgeIdentity(identity) }));
  return identity;
}

function newTransferId(): string {
  return randomBytes(16).toString('hex');
}

export function createBundleServices(deps: {
  readonly saveDialog: SaveDialog;
  readonly trust?: TrustDependencies;
  readonly bundles?: BundleDependencies;
}): ServicesFor<keyof typeof bundlesIpc> {
  const exports = new Map<string, ExportSession>();
  const imports = new Map<string, ImportSession>();

  function bundles(): BundleDependencies {
    if (!deps.bundles)
      throw new ExplainedError('This host keeps no staging folder, so it cannot write or open bundles.');
    return deps.bundles;
  }
  function trust(): TrustDependencies {
    if (!deps.trust) throw new ExplainedError('This host keeps no installation key, so it cannot sign bundles.');
    return deps.trust;
  }
  function exportSession(id: string): ExportSession {
    const session = exports.get(id);
    if (!session) throw new ExplainedError('This export is no longer open; start it again.');
    return session;
  }
  function importSession(id: string): ImportSession {
    const session = imports.get(id);
    if (!session) throw new ExplainedError('This import is no longer open; choose the bundle again.');
    return session;
  }
  async function closeExport(id: string): Promise<void> {
    const session = exports.get(id);
    exports.delete(id);
    if (!session) return;
    await session.writing.catch(() => undefined);
    const stream = await session.stream?.catch(() => undefined);
    await stream?.abort();
  }
  async function closeImport(id: string): Promise<void> {
    const session = imports.get(id);
    imports.delete(id);
    if (!session) return;
    await session.upload?.close().catch(() => undefined);
    await session.opened?.zip.close().catch(() => undefined);
    await rm(session.folder, { recursive: true, force: true });
  }
  // What an earlier run left in the staging folder (a crash mid-export or mid-import) is removed before this run's
  // first session starts there, so start-up never waits on it.
  let cleaned: Promise<void> | undefined;
  async function newFolder(): Promise<string> {
    cleaned ??= cleanBundleStaging(bundles().stagingFolder);
    await cleaned;
    const folder = path.join(bundles().stagingFolder, newTransferId());
    await mkdir(folder, { recursive: true, mode: 0o700 });
    return folder;
  }

  /** Opens the session's bundle once: signed header and records first, evidence streamed after. */
  function streamOf(session: ExportSession): Promise<BundleStream> {
    session.stream ??= (async () => {
      const { request } = session;
      const key = await ensureInstallationKey(trust().keyStore);
      const counts: Record<string, number> = {};
      const recordEntries = request.records.map((file) => {
        counts[file.table] = file.count;
        return bytesSource(recordsEntryName(file.table), Buffer.from(file.text));
      });
      const stream = await BundleStream.open(
        session.targetPath,
        key,
        {
          bundleId: request.bundleId,
          createdAt: request.createdAt,
          sender: request.sender,
          counts,
          hlcRange: request.hlcRange,
          ...(request.previousBundleId === undefined ? {} : { previousBundleId: request.previousBundleId }),
          entries: [
            ...recordEntries,
            ...session.evidence.map(({ sha256, size }) => ({ name: evidenceEntryName(sha256), size, sha256 })),
          ],
        },
        request.passphrase === undefined
          ? request.recipients.map((recipient) => parseAgeRecipient(recipient))
          : { passphrase: request.passphrase },
      );
      try {
        for (const entry of recordEntries) await stream.add(entry);
      } catch (error) {
        await stream.abort();
        throw error;
      }
      return stream;
    })();
    return session.stream;
  }

  /**
   * Checks a chunk's place before it is accepted, on counts that run ahead of the writing: the same rules as
   * `advanceTo`, so a chunk out of order or too long is refused in its own answer, not the next one.
   */
  function accept(session: ExportSession, sha256: string, offset: number, length: number): void {
    for (;;) {
      const item = session.evidence[session.acceptedItem];
      if (!item) throw new ExplainedError('This evidence is not part of the bundle being written, or came after its end.');
      if (item.sha256 === sha256) break;
      if (session.acceptedBytes === item.size) {
        session.acceptedItem += 1;
        session.acceptedBytes = 0;
        continue;
      }
      throw new ExplainedError(
        session.acceptedBytes === 0
          ? 'Evidence arrived out of the order the export listed; the export was stopped.'
          : 'An evidence file did not arrive whole before the next one; the export was stopped.',
      );
    }
    const item = session.evidence[session.acceptedItem]!;
    if (offset !== session.acceptedBytes)
      throw new ExplainedError(
        `An evidence chunk arrived out of order (at byte ${offset}, expected ${session.acceptedBytes}); the export was stopped.`,
      );
    if (offset + length > item.size)
      throw new ExplainedError(
        entryTooLongMessage({ name: evidenceEntryName(sha256), size: item.size, sha256 }, offset + length),
      );
    session.acceptedBytes += length;
  }

  /**
   * Ends the evidence entry that arrived whole and writes the empty ones, until the entry for `sha256` is begun (or,
   * for `undefined`, to the end); refuses evidence that comes out of the order the export listed, or unfinished.
   */
  async function advanceTo(session: ExportSession, stream: BundleStream, sha256: string | undefined): Promise<void> {
    for (;;) {
      const item = session.evidence[session.current];
      if (!item) {
        if (sha256 === undefined) return;
        throw new ExplainedError('This evidence is not part of the bundle being written, or came after its end.');
      }
      if (session.begun && item.sha256 === sha256) return;
      if (session.begun || item.size === 0) {
        if (!session.begun) await stream.begin(evidenceEntryName(item.sha256));
        if (session.received !== item.size)
          throw new ExplainedError('An evidence file did not arrive whole before the next one; the export was stopped.');
        await stream.end();
        session.current += 1;
        session.begun = false;
        session.received = 0;
        continue;
      }
      if (item.sha256 !== sha256)
        throw new ExplainedError(
          sha256 === undefined
            ? 'An evidence file did not arrive before the export finished; nothing was written.'
            : 'Evidence arrived out of the order the export listed; the export was stopped.',
        );
      await stream.begin(evidenceEntryName(item.sha256));
      session.begun = true;
    }
  }

  return {
    'bundles:identity': async () => {
      const identity = await ensureAgeIdentity(bundles().ageKeyStore);
      const key = await ensureInstallationKey(trust().keyStore);
      return { recipient: formatAgeRecipient(identity.publicKey), keyFingerprint: key.fingerprint };
    },
    'bundles:exportBegin': async (request) => {
      for (const recipient of request.recipients) parseAgeRecipient(recipient);
      const listed = new Set(request.evidence.map((item) => item.sha256));
      if (listed.size !== request.evidence.length)
        throw new ExplainedError('The export lists an evidence file twice; nothing was written.');
      const targetPath = await deps.saveDialog.chooseSavePath(request.suggestedName, 'application/octet-stream');
      if (targetPath === undefined) return { status: 'cancelled' };
      const exportId = newTransferId();
      exports.set(exportId, {
        targetPath,
        request,
        evidence: request.evidence,
        current: 0,
        begun: false,
        received: 0,
        acceptedItem: 0,
        acceptedBytes: 0,
        writing: Promise.resolve(),
        busy: false,
      });
      return { status: 'ready', exportId };
    },
    'bundles:exportChunk': async ({ exportId, sha256, offset, bytes }) => {
      const session = exportSession(exportId);
      if (session.busy) {
        await closeExport(exportId);
        throw new ExplainedError('Evidence chunks of one export must be sent one at a time; the export was stopped.');
      }
      session.busy = true;
      try {
        const before = session.writing;
        accept(session, sha256, offset, bytes.length);
        const write = async () => {
          await before;
          const stream = await streamOf(session);
          await advanceTo(session, stream, sha256);
          await stream.write(bytes);
          session.received += bytes.length;
        };
        session.writing = write();
        // Observed here so a failure never goes unhandled; it is rethrown to whoever awaits `writing` next.
        session.writing.catch(() => undefined);
        await before;
        return { received: offset + bytes.length };
      } catch (error) {
        await closeExport(exportId);
        throw error;
      } finally {
        session.busy = false;
      }
    },
    'bundles:exportFinish': async ({ exportId }) => {
      const session = exportSession(exportId);
      try {
        await session.writing;
        const stream = await streamOf(session);
        await advanceTo(session, stream, undefined);
        await stream.finish();
        const manifestBytes = Buffer.from(`${JSON.stringify(stream.manifest, null, 2)}\n`);
        const { size } = await stat(session.targetPath);
        return {
          path: session.targetPath,
          bytes: size,
          encrypted: stream.encrypted,
          manifestSha256: createHash('sha256').update(manifestBytes).digest('hex'),
          keyFingerprint: stream.manifest.sender.keyFingerprint,
        };
      } finally {
        await closeExport(exportId);
      }
    },
    'bundles:exportAbort': async ({ exportId }) => {
      await closeExport(exportId);
      return {};
    },
    'bundles:importBegin': async ({ size }) => {
      const importId = newTransferId();
      const folder = await newFolder();
      const uploadPath = path.join(folder, 'received.fbundle');
      imports.set(importId, { folder, uploadPath, size, received: 0, upload: await open(uploadPath, 'wx', 0o600) });
      return { importId };
    },
    'bundles:importChunk': async ({ importId, offset, bytes }) => {
      const session = importSession(importId);
      if (!session.upload || session.received + bytes.length > session.size) {
        await closeImport(importId);
        throw new ExplainedError('The bundle is larger than the file chosen; choose it again.');
      }
      if (offset !== session.received) {
        await closeImport(importId);
        throw new ExplainedError('A piece of the bundle arrived out of order; choose it again.');
      }
      await writeWhole(session.upload, bytes, offset);
      session.received += bytes.length;
      return { received: session.received };
    },
    'bundles:importOpen': async ({ importId, passphrase }) => {
      const session = importSession(importId);
      try {
        await session.upload?.close();
        session.upload = undefined;
        if (session.received !== session.size)
          throw new ExplainedError('The bundle did not arrive whole; choose it again.');
        const identity = await ensureAgeIdentity(bundles().ageKeyStore);
        const opened = await openBundleFile(session.uploadPath, {
          identity,
          ...(passphrase ? { passphrase } : {}),
          stagingFolder: session.folder,
        });
        const zip = await open(opened.zipPath, 'r');
        const evidence = new Map<string, ZipEntry>();
        const records = [];
        let textBytes = 0;
        for (const entry of opened.entries) {
          const payload = parsePayloadEntryName(entry.name);
          if (payload?.kind === 'evidence') evidence.set(payload.sha256, entry);
          else if (payload?.kind === 'records') {
            textBytes += entry.size;
            if (textBytes > BUNDLE_MAX_RECORDS_TEXT)
              throw new ExplainedError('The bundle carries more than 512 MB of records; Firebreak opens at most that.');
            const chunks: Buffer[] = [];
            for await (const chunk of streamEntry(zip, entry)) chunks.push(chunk);
            records.push({
              table: payload.table,
              text: Buffer.concat(chunks).toString('utf8'),
              count: opened.manifest.counts[payload.table] ?? 0,
            });
          }
        }
        session.opened = { ...opened, zip, evidence };
        return {
          manifest: opened.manifest,
          manifestSha256: opened.manifestSha256,
          signer: opened.signer,
          encrypted: opened.encrypted,
          records,
        };
      } catch (error) {
        await closeImport(importId);
        throw error;
      }
    },
    'bundles:importEvidence': async ({ importId, sha256, offset, length }) => {
      const opened = importSession(importId).opened;
      const entry = opened?.evidence.get(sha256);
      if (!opened || !entry) throw new ExplainedError('This evidence is not in the bundle being imported.');
      if (offset + length > entry.size) throw new ExplainedError('The read goes past the end of the evidence file.');
      // Read straight into a buffer of its own (never a pooled slice) that crosses as raw bytes: every byte is
      // overwritten or the read refused.
      const bytes = Buffer.allocUnsafeSlow(length);
      const { bytesRead } = await opened.zip.read(bytes, 0, length, entry.dataOffset + offset);
      if (bytesRead !== length) throw new ExplainedError('The staged bundle is shorter than it was when verified.');
      return { bytes };
    },
    'bundles:importClose': async ({ importId }) => {
      await closeImport(importId);
      return {};
    },
  };
}

async function writeWhole(file: FileHandle, bytes: Uint8Array, position: number): Promise<void> {
  for (let done = 0; done < bytes.length;) {
    const { bytesWritten } = await file.write(bytes, done, bytes.length - done, position + done);
    done += bytesWritten;
  }
}

/** Removes staging folders a crash left behind; run once at start. */
export async function cleanBundleStaging(stagingFolder: string): Promise<void> {
  await rm(stagingFolder, { recursive: true, force: true });
  await mkdir(stagingFolder, { recursive: true, mode: 0o700 });
}
