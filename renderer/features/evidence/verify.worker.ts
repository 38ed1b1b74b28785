/** Verification off the UI thread: re-reads an item's stored chunks in order and re-hashes them with progress. */
import { openDatabase } from '../../db/database';
import { hashStoredContent } from '../../db/evidence/evidenceContent';
import type { VerifyRequest, WorkerScope } from './workerMessages';

// The worker global is not in the renderer's DOM typings; WorkerScope names the part used here.
const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const request = event.data as VerifyRequest;
  const db = openDatabase(request.dbName);
  hashStoredContent(db, request.sha256, (bytesDone) => scope.postMessage({ type: 'progress', bytesDone }))
    .then((sha256) => scope.postMessage({ type: 'hashed', sha256 }))
    .catch((error: unknown) =>
      scope.postMessage({
        type: 'failed',
        cancelled: false,
        message: error instanceof Error ? error.message : String(error),
      }),
    )
    .finally(() => db.close());
});
