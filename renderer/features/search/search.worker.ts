/**
 * The search worker: opens the database itself, loads or builds the full-text index (`SearchIndexer`) and answers
 * queries, so neither building a 100,000-incident index nor searching it ever runs on the UI thread. It saves the
 * index every half minute when something changed.
 */
import { openDatabase } from '../../db/database';
import { readToSearchWorker, type FromSearchWorker } from './searchMessages';
import { SearchIndexer } from './searchIndexer';

const SAVE_EVERY_MS = 30_000;
let indexer: SearchIndexer | undefined;

function post(message: FromSearchWorker): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = readToSearchWorker(event.data);
  if (!message) return;
  if (message.type === 'start') {
    if (indexer) return;
    const created = new SearchIndexer(openDatabase(message.databaseName), (status) => post({ type: 'status', status }));
    indexer = created;
    created.start().catch(() => undefined);
    setInterval(() => void created.flush().catch(() => undefined), SAVE_EVERY_MS);
    return;
  }
  const current = indexer;
  if (!current) return;
  current
    .search(message.text)
    .then((answer) => post({ type: 'answer', id: message.id, ...answer }))
    .catch(() => post({ type: 'answer', id: message.id, groups: [], status: current.getStatus() }));
});
