/**
 * `firebreak-verify` for sync bundles: the checks the standard tools make (age decryption with an identity or a
 * passphrase, the minisign signature of the manifest, SHA256SUMS, every entry against the manifest, the ZIP's
 * zip-slip and zip-bomb rules — all `openBundleFile`, the host's own verifier) and then what only Firebreak can:
 * every record line against the shared schemas (`readRecordStates`, `readCustodyEvents`, `checkBundleCoherence`).
 * It reports the contents (counts per table, evidence sizes, sender, HLC range) and the trust verdict: whether the
 * signing key's fingerprint is one the caller trusts. The decrypted copy lives in a private temporary folder that is
 * removed before returning.
 */
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parsePayloadEntryName } from '../../shared/domain/bundles/entryNames';
import type { BundleManifest } from '../../shared/domain/bundles/manifest';
import {
  checkBundleCoherence,
  CUSTODY_TABLE,
  readCustodyEvents,
  readRecordStates,
} from '../../shared/domain/bundles/payload';
import { ExplainedError } from '../../shared/errors';
import type { RecordSyncState } from '../../shared/domain/sync/syncState';
import { AgeNoKeyError, parseAgeIdentity, type AgeIdentity } from '../services/bundles/ageKeys';
import { encryptionOf, openBundleFile, type OpenedBundle } from '../services/bundles/bundleFile';
import { streamEntry } from '../services/bundles/zipReader';

export type BundleVerdict = 'trusted' | 'invalid' | 'untrusted' | 'unreadable';

export interface BundleReport {
  readonly verdict: BundleVerdict;
  readonly problems: readonly string[];
  readonly encryption?: 'none' | 'recipients' | 'passphrase';
  readonly bundleId?: string;
  readonly createdAt?: string;
  readonly previousBundleId?: string;
  readonly sender?: {
    readonly siteCode: string;
    readonly installationId: string;
    readonly fingerprint: string;
    readonly keyId: string;
  };
  readonly hlcRange?: BundleManifest['hlcRange'];
  readonly counts?: Readonly<Record<string, number>>;
  readonly evidence?: readonly { readonly sha256: string; readonly size: number }[];
  readonly trustBasis?: 'listed' | 'none';
}

export interface BundleKeys {
  readonly identityPath?: string;
  readonly passphrase?: () => Promise<string | undefined>;
}

async function identityFrom(filePath: string): Promise<AgeIdentity> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch {
    throw new ExplainedError(`Cannot read the identity file ${filePath}.`);
  }
  return parseAgeIdentity(text);
}

/** Reads every records entry and checks every line against the shared schemas; throws in words at the first bad one. */
async function validateRecords(opened: OpenedBundle): Promise<void> {
  const zip = await open(opened.zipPath, 'r');
  try {
    let evidenceStates: RecordSyncState[] = [];
    let custody: ReturnType<typeof readCustodyEvents> = [];
    for (const entry of opened.entries) {
      const payload = parsePayloadEntryName(entry.name);
      if (payload?.kind !== 'records') continue;
      const chunks: Buffer[] = [];
      for await (const chunk of streamEntry(zip, entry)) chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('utf8');
      const count = opened.manifest.counts[payload.table] ?? 0;
      if (payload.table === CUSTODY_TABLE) custody = readCustodyEvents(text, count);
      else {
        const states = readRecordStates(payload.table, text, count);
        if (payload.table === 'evidence') evidenceStates = states;
      }
    }
    checkBundleCoherence(evidenceStates, custody, opened.manifest.entries);
  } finally {
    await zip.close();
  }
}

/** Verifies the bundle at `bundlePath` completely; never throws (an unexpected failure is reported as unreadable). */
export async function verifyBundleFile(
  bundlePath: string,
  keys: BundleKeys,
  trustedFingerprints: ReadonlySet<string>,
): Promise<BundleReport> {
  let encryption: BundleReport['encryption'];
  try {
    encryption = await encryptionOf(bundlePath);
  } catch (error) {
    return {
      verdict: 'unreadable',
      problems: [error instanceof ExplainedError ? error.message : `Cannot read the file ${bundlePath}.`],
    };
  }
  const staging = await mkdtemp(path.join(os.tmpdir(), 'firebreak-verify-'));
  try {
    let identity: AgeIdentity | undefined;
    let passphrase: string | undefined;
    if (encryption === 'recipients') {
      if (keys.identityPath === undefined)
        return {
          verdict: 'unreadable',
          encryption,
          problems: ['The bundle is encrypted to an age recipient: pass the matching identity with --identity FILE.'],
        };
      identity = await identityFrom(keys.identityPath);
    } else if (encryption === 'passphrase') {
      passphrase = await keys.passphrase?.();
      if (passphrase === undefined)
        return {
          verdict: 'unreadable',
          encryption,
          problems: [
            'The bundle is encrypted with a passphrase: pass --passphrase-file FILE, or run in a terminal to be asked.',
          ],
        };
    }
    let opened: OpenedBundle;
    try {
      opened = await openBundleFile(bundlePath, {
        ...(identity ? { identity } : {}),
        ...(passphrase === undefined ? {} : { passphrase }),
        stagingFolder: staging,
      });
    } catch (error) {
      if (error instanceof AgeNoKeyError) return { verdict: 'unreadable', encryption, problems: [error.message] };
      if (error instanceof ExplainedError) return { verdict: 'invalid', encryption, problems: [error.message] };
      throw error;
    }
    const { manifest, signer } = opened;
    const described = {
      encryption,
      bundleId: manifest.bundleId,
      createdAt: manifest.createdAt,
      ...(manifest.previousBundleId === undefined ? {} : { previousBundleId: manifest.previousBundleId }),
      sender: {
        siteCode: signer.siteCode,
        installationId: signer.installationId,
        fingerprint: signer.fingerprint,
        keyId: signer.keyId,
      },
      hlcRange: manifest.hlcRange,
      counts: manifest.counts,
      evidence: manifest.entries
        .filter((entry) => parsePayloadEntryName(entry.name)?.kind === 'evidence')
        .map((entry) => ({ sha256: entry.sha256, size: entry.size })),
    };
    try {
      await validateRecords(opened);
    } catch (error) {
      if (error instanceof ExplainedError)
        return {
          verdict: 'invalid',
          ...described,
          problems: [`The signature holds, but ${lowerFirst(error.message)}`],
        };
      throw error;
    }
    const trusted = trustedFingerprints.has(signer.fingerprint);
    return {
      verdict: trusted ? 'trusted' : 'untrusted',
      ...described,
      trustBasis: trusted ? 'listed' : 'none',
      problems: trusted
        ? []
        : [
            'The bundle is intact and signed, but by a key you have not said you trust: confirm its fingerprint with ' +
              'the sender another way, then pass it with --trust (or add it to Trusted signers in Firebreak).',
          ],
    };
  } catch (error) {
    return {
      verdict: 'unreadable',
      encryption,
      problems: [error instanceof ExplainedError ? error.message : 'The bundle could not be read to the end.'],
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const VERDICT_LINES: Record<BundleVerdict, string> = {
  trusted: 'TRUSTED: the bundle is intact, every record is valid, and its signer is one you trust.',
  untrusted: 'UNTRUSTED: the bundle is intact and every record is valid, but its signer is not on your trust list.',
  invalid: 'INVALID: the bundle is not what its sender signed, or not a bundle Firebreak would import.',
  unreadable: 'UNREADABLE: the bundle could not be opened.',
};

const ENCRYPTION_WORDS = {
  none: 'none (signed only)',
  recipients: 'age, to X25519 recipients (opened with the identity given)',
  passphrase: 'age, with a passphrase (scrypt)',
} as const;

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]} (${bytes.toLocaleString('en-GB')} bytes)`;
}

/** The report as the lines a person reads. */
export function bundleTextReport(bundlePath: string, report: BundleReport): string[] {
  const lines = [`Bundle: ${bundlePath}`, `Verdict: ${VERDICT_LINES[report.verdict]}`];
  for (const problem of report.problems) lines.push(`  - ${problem}`);
  if (report.encryption) lines.push(`Encryption: ${ENCRYPTION_WORDS[report.encryption]}`);
  if (report.sender) {
    lines.push(
      `Signed by: site ${report.sender.siteCode}, installation ${report.sender.installationId}`,
      `  key fingerprint (SHA-256): ${report.sender.fingerprint}`,
      `  minisign key id: ${report.sender.keyId}`,
      `  trusted: ${report.trustBasis === 'listed' ? 'yes (its fingerprint is on your trust list)' : 'no'}`,
    );
  }
  if (report.bundleId) lines.push(`Bundle id: ${report.bundleId}`, `Created at: ${report.createdAt ?? ''}`);
  if (report.previousBundleId) lines.push(`Follows bundle: ${report.previousBundleId}`);
  if (report.hlcRange !== undefined)
    lines.push(
      report.hlcRange ? `HLC range: ${report.hlcRange.from} to ${report.hlcRange.to}` : 'HLC range: none (no records)',
    );
  if (report.counts) {
    lines.push('Records per table:');
    const tables = Object.entries(report.counts);
    if (tables.length === 0) lines.push('  (none)');
    for (const [table, count] of tables) lines.push(`  ${table.padEnd(20)} ${count.toLocaleString('en-GB')}`);
  }
  if (report.evidence) {
    const total = report.evidence.reduce((sum, item) => sum + item.size, 0);
    lines.push(`Evidence files: ${report.evidence.length}, ${formatBytes(total)} in all`);
    for (const item of report.evidence) lines.push(`  ${item.sha256}  ${formatBytes(item.size)}`);
  }
  if (report.verdict === 'trusted' || report.verdict === 'untrusted')
    lines.push(
      'Checked: age decryption (if encrypted), the minisign signature and trusted comment of manifest.json, ' +
        'SHA256SUMS, every entry against the manifest (names, order, sizes, CRC-32, SHA-256, record counts), the ZIP ' +
        'rules (no path escapes, no duplicates, size caps), and every record against Firebreak’s schemas.',
    );
  return lines;
}
