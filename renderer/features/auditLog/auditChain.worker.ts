/**
 * The audit-chain verification worker: reads the whole log from IndexedDB and checks every link off the UI thread,
 * sending progress as it goes (100,000 entries take seconds of hashing).
 */
import { checkStoredAuditChain } from '../../db/auditLog/queries';
import { openDatabase } from '../../db/database';
import { serveWorker } from '../../workers/protocol';
import { chainCheckProtocol } from './chainWorkerMessages';

serveWorker(chainCheckProtocol, async (request, job) => {
  const db = openDatabase(request.dbName);
  try {
    return await checkStoredAuditChain(db, (progress) => job.progress(progress));
  } finally {
    db.close();
  }
});
