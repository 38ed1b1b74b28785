/**
 * Takes files into the locker, one after another so memory stays bounded: checks storage first
 * (`navigator.storage.estimate()`), registers the intake, streams the file through the intake worker (chunks +
 * incremental SHA-256), then commits item, custody and audit in one transaction. A refused, cancelled or failed
 * intake removes its chunks and registration, so nothing is left behind.
 */
import type { Subject } from '../../../shared/domain/subject';
import { commitIntake } from '../../db/evidence/evidence';
import { beginIntake, discardIntake } from '../../db/evidence/evidenceContent';
import type { FirebreakDatabase } from '../../db/database';
import type { Actor } from '../../db/write';
import { describeError } from '../../ui/errorMessage';
import { storageRefusal, type EvidenceDetails } from '../../../shared/domain/evidence/evidence';
import { useIntakeStore } from './intakeStore';
import { runInWorker } from '../../workers/protocol';
import { intakeProtocol } from './workerMessages';

let nextJobId = 1;

async function storageEstimate(): Promise<{ quota?: number; usage?: number }> {
  try {
    return (await navigator.storage?.estimate?.()) ?? {};
  } catch {
    return {};
  }
}

export async function takeIntoEvidence(
  db: FirebreakDatabase,
  actor: Actor,
  subject: Subject,
  /** Each file with its own details (the same object for all when the responder chose so). */
  batch: ReadonlyArray<{ readonly file: File; readonly details: EvidenceDetails }>,
): Promise<void> {
  const store = useIntakeStore.getState();
  const jobs = batch.map(({ file, details }) => {
    const job = {
      id: nextJobId++,
      subjectId: subject.id,
      fileName: file.name,
      size: file.size,
      bytesDone: 0,
      startedAt: Date.now(),
      state: 'checking' as const,
      message: 'Waiting…',
      cancelRequested: false,
    };
    store.add(job);
    return { job, file, details };
  });
  for (const { job, file, details } of jobs) await takeOne(db, actor, subject, file, details, job.id);
}

async function takeOne(
  db: FirebreakDatabase,
  actor: Actor,
  subject: Subject,
  file: File,
  details: EvidenceDetails,
  jobId: number,
): Promise<void> {
  const { patch } = useIntakeStore.getState();
  const cancelRequested = () => useIntakeStore.getState().jobs.find((job) => job.id === jobId)?.cancelRequested;
  if (cancelRequested()) {
    patch(jobId, { state: 'cancelled', message: 'Cancelled; nothing was stored.' });
    return;
  }
  const refusal = storageRefusal(file.size, await storageEstimate());
  if (refusal) {
    patch(jobId, { state: 'failed', message: refusal });
    return;
  }
  const intakeId = await beginIntake(db, file.name);
  patch(jobId, { state: 'reading', startedAt: Date.now(), message: '' });
  const worker = new Worker(new URL('./intake.worker.ts', import.meta.url), { type: 'module' });
  const cancel = new AbortController();
  const unsubscribe = useIntakeStore.subscribe((state) => {
    if (state.jobs.find((job) => job.id === jobId)?.cancelRequested) cancel.abort();
  });
  const outcome = await runInWorker(
    worker,
    intakeProtocol,
    { file, intakeId, dbName: db.name },
    { onProgress: ({ bytesDone }) => patch(jobId, { bytesDone }), signal: cancel.signal },
  );
  unsubscribe();
  if (!outcome.ok) {
    await discardIntake(db, intakeId);
    patch(
      jobId,
      outcome.cancelled
        ? { state: 'cancelled', message: 'Cancelled; nothing was stored.' }
        : { state: 'failed', message: `${file.name} was not stored: ${outcome.message}` },
    );
    return;
  }
  const staged = outcome.result;
  patch(jobId, { state: 'committing', bytesDone: file.size });
  try {
    await commitIntake(db, actor, {
      subject,
      name: file.name,
      mediaType: file.type,
      staged,
      details,
    });
    patch(jobId, { state: 'done', message: `Stored, SHA-256 ${staged.sha256}` });
  } catch (error) {
    await discardIntake(db, intakeId);
    patch(jobId, { state: 'failed', message: `${file.name} was not stored: ${describeError(error)}` });
  }
}
