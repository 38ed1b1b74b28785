/**
 * Verification off the UI thread: re-reads an item's stored chunks in order and re-hashes them with progress, through
 * the intake pipeline (reads ahead here, the SHA-256 on a worker of its own).
 */
import { openDatabase } from '../../db/database';
import { hashStoredContent } from '../../db/evidence/evidenceContent';
import { serveWorker } from '../../workers/protocol';
import { startSha256Worker } from './sha256Worker';
import { verifyProtocol } from './workerMessages';

serveWorker(verifyProtocol, async (request, job) => {
  const db = openDatabase(request.dbName);
  const hasher = await startSha256Worker();
  try {
    return await hashStoredContent(db, request.sha256, {
      onProgress: (bytesDone) => job.progress({ bytesDone }),
      hasher,
    });
  } finally {
    hasher.close();
    db.close();
  }
});
