/**
 * Intake off the UI thread: streams one file into chunk rows under its intake id while hashing it incrementally,
 * reports progress per chunk, and stops between chunks when asked to cancel. The renderer commits or discards.
 */
import { openDatabase } from '../../db/database';
import { streamIntoChunks, IntakeCancelledError } from '../../db/evidence/evidenceContent';
import type { IntakeRequest, WorkerScope } from './workerMessages';

// The worker global is not in the renderer's DOM typings; WorkerScope names the part used here.
const scope = self as unknown as WorkerScope;
let cancelled = false;

scope.addEventListener('message', (event) => {
  const request = event.data as IntakeRequest;
  if (request.type === 'cancel') {
    cancelled = true;
    return;
  }
  const db = openDatabase(request.dbName);
  streamIntoChunks(db, request.file, request.intakeId, {
    onProgress: (bytesDone) => scope.postMessage({ type: 'progress', bytesDone }),
    isCancelled: () => cancelled,
    store: request.hashOnly !== true,
  })
    .then((staged) => scope.postMessage({ type: 'staged', staged }))
    .catch((error: unknown) =>
      scope.postMessage({
        type: 'failed',
        cancelled: error instanceof IntakeCancelledError,
        message: error instanceof Error ? error.message : String(error),
      }),
    )
    .finally(() => db.close());
});
