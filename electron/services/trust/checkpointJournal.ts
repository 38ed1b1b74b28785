/**
 * The host's journal of signed checkpoints: one JSON line each, appended, outside IndexedDB (in the app's user-data
 * folder), so a database rolled back, rewritten or deleted is still contradicted by what the host signed. Reading
 * verifies every line with the installation key and reports lines that do not verify.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import {
  signedCheckpointSchema,
  type Checkpoint,
  type SignedCheckpoint,
} from '../../../shared/domain/trust/checkpoint';
import type { InstallationKey } from './installationKey';

export function checkpointMessage(checkpoint: Checkpoint): Buffer {
  return Buffer.from(canonicalJson(checkpoint), 'utf8');
}

export function signCheckpoint(key: InstallationKey, checkpoint: Checkpoint): SignedCheckpoint {
  return {
    checkpoint,
    keyFingerprint: key.fingerprint,
    signature: key.sign(checkpointMessage(checkpoint)).toString('base64'),
  };
}

export interface JournalContents {
  readonly checkpoints: SignedCheckpoint[];
  readonly problems: string[];
}

async function readLines(path: string): Promise<string[]> {
  try {
    return (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
}

export async function readJournal(path: string, key: InstallationKey | undefined): Promise<JournalContents> {
  const lines = await readLines(path);
  const checkpoints: SignedCheckpoint[] = [];
  const problems: string[] = [];
  lines.forEach((line, index) => {
    let parsed: SignedCheckpoint | undefined;
    try {
      const result = signedCheckpointSchema.safeParse(JSON.parse(line));
      parsed = result.success ? result.data : undefined;
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined) {
      problems.push(`Line ${index + 1} of the checkpoint journal cannot be read.`);
    } else if (
      key === undefined ||
      parsed.keyFingerprint !== key.fingerprint ||
      !key.verify(checkpointMessage(parsed.checkpoint), Buffer.from(parsed.signature, 'base64'))
    ) {
      problems.push(`Line ${index + 1} of the checkpoint journal is not signed by this installation's key.`);
    } else {
      checkpoints.push(parsed);
    }
  });
  return { checkpoints, problems };
}

export async function appendToJournal(path: string, signed: readonly SignedCheckpoint[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await appendFile(path, signed.map((entry) => `${JSON.stringify(entry)}\n`).join(''), { mode: 0o600 });
}
