/** Verification off the UI thread: re-reads an item's stored chunks in order and re-hashes them with progress. */
import { openDatabase } from '../../db/database';
import { hashStoredContent } from '../../db/evidence/evidenceContent';
import { serveWorker } from '../../workers/protocol';
import { verifyProtocol } from './workerMessages';

serveWorker(verifyProtocol, async (request, job) => {
  const db = openDatabase(request.dbName);
  try {
    return await hashStoredContent(db, request.sha256, (bytesDone) => job.progress({ bytesDone }));
  } finally {
    db.close();
  }
});
