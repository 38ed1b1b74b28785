/**
 * Runs inside Chromium on the app's own origin. Exposes two measurements over the file chosen in #bench-file:
 * the app's real intake (the intake worker streaming chunks into IndexedDB while hashing, then the commit of item,
 * custody and audit) and, as the baseline, the very same worker reading and hashing the same bytes without storing.
 */
import { openDatabase } from '../../../renderer/db/database';
import { uuidv7 } from '../../../shared/domain/ids';
import { takeIntoEvidence } from '../../../renderer/features/evidence/runIntake';
import { useIntakeStore } from '../../../renderer/features/evidence/intakeStore';
import { intakeProtocol } from '../../../renderer/features/evidence/workerMessages';
import { runInWorker } from '../../../renderer/workers/protocol';

export interface TimedRun {
  readonly ms: number;
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

async function intake(): Promise<TimedRun> {
  const file = chosenFile();
  const start = performance.now();
  await takeIntoEvidence(
    db,
    { personId: uuidv7(), name: 'Bench Runner', nodeId: 'bench' },
    { kind: 'incident', id: uuidv7(), ref: 'INC-2026-9999' },
    [file],
    {
      acquiredAt: new Date().toISOString(),
      acquiredBy: 'Bench Runner',
      source: { system: 'benchmark', location: '', method: 'generated' },
      description: '',
      tags: [],
      aiSystem: '',
    },
  );
  const ms = performance.now() - start;
  const job = useIntakeStore.getState().jobs.at(-1);
  if (job?.state !== 'done') throw new Error(`Intake did not finish: ${job?.message ?? 'no job'}`);
  const item = (await db.evidence.toArray()).at(-1);
  return { ms, sha256: item?.sha256 ?? '', bytes: file.size };
}

declare global {
  interface Window {
    evidenceBench?: { hashOnly: () => Promise<TimedRun>; intake: () => Promise<TimedRun> };
  }
}

window.evidenceBench = { hashOnly, intake };
