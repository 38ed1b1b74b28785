/**
 * Intake off the UI thread: streams one file into chunk rows under its intake id while the SHA-256 runs on a worker
 * of its own (`sha256Worker.ts`), reports progress per chunk, and stops between chunks when asked to cancel. The
 * renderer commits or discards.
 */
import { openDatabase } from '../../db/database';
import { streamIntoChunks } from '../../db/evidence/evidenceContent';
import { serveWorker } from '../../workers/protocol';
import { startSha256Worker } from './sha256Worker';
import { intakeProtocol } from './workerMessages';

serveWorker(intakeProtocol, async (request, job) => {
  const db = openDatabase(request.dbName);
  const hasher = await startSha256Worker();
  try {
    return await streamIntoChunks(db, request.file, request.intakeId, {
      onProgress: (bytesDone) => job.progress({ bytesDone }),
      isCancelled: job.isCancelled,
      store: request.hashOnly !== true,
      hasher,
    });
  } finally {
    hasher.close();
    db.close();
  }
});
