/**
 * Runs inside Chromium on the app's own origin. Exposes the measurements `test/bench/evidenceBench.ts` takes over the
 * file chosen in #bench-file:
 *  - `intake`: the app's real intake (`takeIntoEvidence`: the intake worker reading, hashing and writing chunks,
 *    then the commit of item, custody and audit);
 *  - `rawWrite`: the floor — the same slices written with plain IndexedDB, no hash, into a scratch database;
 *  - `hashOnly`: the intake worker reading and hashing the same bytes, storing nothing;
 *  - `verify`: the verify worker re-reading and re-hashing what intake stored.
 */
import { openDatabase } from '../../../renderer/db/database';
import { CHUNKS_IN_FLIGHT, CHUNKS_READ_AHEAD } from '../../../renderer/db/evidence/evidenceContent';
import { EVIDENCE_CHUNK_BYTES } from '../../../shared/domain/evidence/evidence';
import { uuidv7 } from '../../../shared/domain/ids';
import { takeIntoEvidence } from '../../../renderer/features/evidence/runIntake';
import { useIntakeStore } from '../../../renderer/features/evidence/intakeStore';
import { intakeProtocol, verifyProtocol } from '../../../renderer/features/evidence/workerMessages';
import { runInWorker } from '../../../renderer/workers/protocol';
import { rawWriteProtocol } from './rawWriteProtocol';

export interface TimedRun {
  readonly ms: number;
  /** The SHA-256 found, or '' where the run does not hash. */
  readonly sha256: string;
  readonly bytes: number;
}

function chosenFile(): File {
  const file = document.querySelector<HTMLInputElement>('#bench-file')?.files?.[0];
  if (!file) throw new Error('No benchmark file chosen.');
  return file;
}

const db = openDatabase();

async function hashOnly(): Promise<TimedRun> {
  const file = chosenFile();
  const worker = new Worker(new URL('../../../renderer/features/evidence/intake.worker.ts', import.meta.url), {
    type: 'module',
  });
  const start = performance.now();
  const outcome = await runInWorker(worker, intakeProtocol, {
    file,
    intakeId: 'hash-only',
    dbName: db.name,
    hashOnly: true,
  });
  const ms = performance.now() - start;
  if (!outcome.ok) throw new Error(`Hashing failed: ${outcome.message}`);
  return { ms, sha256: outcome.result.sha256, bytes: file.size };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
  });
}

async function rawWrite(): Promise<TimedRun> {
  const file = chosenFile();
  const dbName = `firebreak-bench-raw-${uuidv7()}`;
  const worker = new Worker(new URL('./rawWrite.worker.ts', import.meta.url), { type: 'module' });
  try {
    const start = performance.now();
    const outcome = await runInWorker(worker, rawWriteProtocol, {
      file,
      chunkBytes: EVIDENCE_CHUNK_BYTES,
      readAhead: CHUNKS_READ_AHEAD,
      inFlight: CHUNKS_IN_FLIGHT,
      dbName,
    });
    const ms = performance.now() - start;
    if (!outcome.ok) throw new Error(`Raw write failed: ${outcome.message}`);
    return { ms, sha256: '', bytes: file.size };
  } finally {
    await deleteDatabase(dbName);
  }
}

async function intake(): Promise<TimedRun> {
  const file = chosenFile();
  const start = performance.now();
  await takeIntoEvidence(
    db,
    { personId: uuidv7(), name: 'Bench Runner', nodeId: 'bench' },
    { kind: 'incident', id: uuidv7(), ref: 'INC-2026-9999' },
    [
      {
        file,
        details: {
          acquiredAt: new Date().toISOString(),
          acquiredBy: 'Bench Runner',
          source: { system: 'benchmark', location: '', method: 'generated' },
          description: '',
          tags: [],
          aiSystem: '',
        },
      },
    ],
  );
  const ms = performance.now() - start;
  const job = useIntakeStore.getState().jobs.at(-1);
  if (job?.state !== 'done') throw new Error(`Intake did not finish: ${job?.message ?? 'no job'}`);
  const item = (await db.evidence.toArray()).at(-1);
  return { ms, sha256: item?.sha256 ?? '', bytes: file.size };
}

/** Re-hashes the content intake stored last, through the app's verify worker. */
async function verify(): Promise<TimedRun> {
  const item = (await db.evidence.toArray()).at(-1);
  if (!item) throw new Error('Nothing was taken in to verify.');
  const worker = new Worker(new URL('../../../renderer/features/evidence/verify.worker.ts', import.meta.url), {
    type: 'module',
  });
  const start = performance.now();
  const outcome = await runInWorker(worker, verifyProtocol, { sha256: item.sha256, dbName: db.name });
  const ms = performance.now() - start;
  if (!outcome.ok) throw new Error(`Verification failed: ${outcome.message}`);
  return { ms, sha256: outcome.result, bytes: item.size };
}

const evidenceBench = { hashOnly, rawWrite, intake, verify };

declare global {
  interface Window {
    evidenceBench?: typeof evidenceBench;
  }
}

window.evidenceBench = evidenceBench;
