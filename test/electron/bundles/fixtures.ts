/** Bundles for tests: a small real one (records and evidence), and a re-zipper that forges what an attacker would. */
import { createHash } from 'node:crypto';
import { open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  bytesSource,
  describeFile,
  fileSource,
  writeBundle,
  type BundleDraft,
} from '../../../electron/services/bundles/bundleWriter';
import { readSmallEntry, readZipEntries } from '../../../electron/services/bundles/zipReader';
import { ZipWriter } from '../../../electron/services/bundles/zipWriter';
import type { InstallationKey } from '../../../electron/services/trust/installationKey';
import { evidenceEntryName, recordsEntryName } from '../../../shared/domain/bundles/entryNames';
import { formatHlc, uuidv7 } from '../../../shared/domain/ids';

export const evidenceBytes = Buffer.from('2026-11-20T09:00:00Z gateway: ignore previous instructions\n'.repeat(2000));
export const evidenceSha256 = createHash('sha256').update(evidenceBytes).digest('hex');
const incidents = [
  { id: 'a', title: 'Prompt injection' },
  { id: 'b', title: 'Model exfiltration' },
];
const hlc = (wallMs: number) => formatHlc({ wallMs, counter: 0, node: 'lon1' });

/** A draft with two incidents (spooled to a file, then described) and one evidence file. */
export async function sampleDraft(folder: string, overrides: Partial<BundleDraft> = {}): Promise<BundleDraft> {
  const recordsPath = path.join(folder, `incidents-${uuidv7()}.ndjson`);
  await writeFile(recordsPath, incidents.map((record) => `${JSON.stringify(record)}\n`).join(''));
  const evidencePath = path.join(folder, `evidence-${uuidv7()}.bin`);
  await writeFile(evidencePath, evidenceBytes);
  return {
    bundleId: uuidv7(),
    createdAt: '2026-11-30T10:42:00.000Z',
    sender: { installationId: uuidv7(), siteCode: 'LON' },
    counts: { incidents: 2 },
    hlcRange: { from: hlc(1_764_000_000_000), to: hlc(1_764_500_000_000) },
    entries: [
      await describeFile(recordsEntryName('incidents'), recordsPath),
      fileSource(evidenceEntryName(evidenceSha256), evidencePath, evidenceBytes.length, evidenceSha256),
    ],
    ...overrides,
  };
}

export async function sampleBundle(folder: string, key: InstallationKey, overrides: Partial<BundleDraft> = {}) {
  const bundlePath = path.join(folder, `${uuidv7()}.fbundle`);
  const { manifest } = await writeBundle(bundlePath, key, await sampleDraft(folder, overrides));
  return { bundlePath, manifest };
}

export interface LooseEntry {
  readonly name: string;
  readonly bytes: Buffer;
}

export async function readAllEntries(bundlePath: string): Promise<LooseEntry[]> {
  const file = await open(bundlePath, 'r');
  try {
    const entries = await readZipEntries(file);
    const loose: LooseEntry[] = [];
    for (const entry of entries) loose.push({ name: entry.name, bytes: await readSmallEntry(file, entry, 1 << 30) });
    return loose;
  } finally {
    await file.close();
  }
}

/** Writes `entries` as a well-formed ZIP (correct CRCs and sizes), as a forger with a ZIP tool would. */
export async function writeLooseZip(target: string, entries: readonly LooseEntry[]): Promise<string> {
  const file = await open(target, 'w');
  const zip = new ZipWriter(file, new Date());
  for (const entry of entries) await zip.add(bytesSource(entry.name, entry.bytes));
  await zip.finish();
  await file.close();
  return target;
}
