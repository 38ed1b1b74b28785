/**
 * Matches the files in a directory against the evidence hashes a report's manifest lists: every cited item must be
 * present (by SHA-256, whatever the file is called now) and unchanged.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportManifest } from '../../shared/reports/manifest';

export interface EvidenceCheck {
  readonly ok: boolean;
  readonly lines: readonly string[];
  readonly problems: readonly string[];
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function checkEvidenceDirectory(
  directory: string,
  cited: ReportManifest['evidence'],
): Promise<EvidenceCheck> {
  let names: string[];
  try {
    names = (await readdir(directory, { withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return { ok: false, lines: [], problems: [`Cannot read the evidence directory ${directory}.`] };
  }
  const byHash = new Map<string, string>();
  for (const name of names.toSorted()) byHash.set(await sha256File(join(directory, name)), name);
  const lines: string[] = [];
  const problems: string[] = [];
  for (const item of cited) {
    const file = byHash.get(item.sha256);
    if (file === undefined) {
      const sameName = names.includes(item.name);
      problems.push(
        sameName
          ? `${item.name}: the file is there but its SHA-256 does not match the report (it was changed).`
          : `${item.name}: no file in the directory has SHA-256 ${item.sha256}.`,
      );
      lines.push(`MISMATCH ${item.name} ${item.sha256}`);
    } else {
      lines.push(`ok       ${item.name} = ${file} ${item.sha256}`);
    }
  }
  if (cited.length === 0) lines.push('The report cites no evidence.');
  return { ok: problems.length === 0, lines, problems };
}
