/**
 * The page's side of "search everywhere": one search worker per database, started after the first paint (so cold
 * start is untouched) or when the palette opens, whichever comes first. `query` answers the latest text; the status
 * (building, ready) is a small external store for `useSyncExternalStore`.
 */
import type { FirebreakDatabase } from '../../db/database';
import type { SearchGroup } from './searchEngine';
import type { SearchStatus } from './searchIndexer';
import { readFromSearchWorker } from './searchMessages';

export interface SearchAnswer {
  readonly groups: readonly SearchGroup[];
  readonly status: SearchStatus;
}

export class SearchClient {
  private worker: Worker | undefined;
  private status: SearchStatus = { phase: 'starting', indexed: 0, total: 0 };
  private readonly listeners = new Set<() => void>();
  private readonly pending = new Map<number, (answer: SearchAnswer) => void>();
  private nextId = 1;

  constructor(private readonly db: FirebreakDatabase) {}

  getStatus = (): SearchStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private publish(status: SearchStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  start(): void {
    if (this.worker) return;
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = readFromSearchWorker(event.data);
      if (!message) return;
      this.publish(message.status);
      if (message.type === 'answer') {
        this.pending.get(message.id)?.({ groups: message.groups, status: message.status });
        this.pending.delete(message.id);
      }
    });
    worker.addEventListener('error', () =>
      this.publish({ ...this.status, phase: 'failed', message: 'The search index could not be opened.' }),
    );
    worker.postMessage({ type: 'start', databaseName: this.db.name });
  }

  query(text: string): Promise<SearchAnswer> {
    this.start();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker?.postMessage({ type: 'query', id, text });
    });
  }
}

const clients = new WeakMap<FirebreakDatabase, SearchClient>();

export function searchClientFor(db: FirebreakDatabase): SearchClient {
  let client = clients.get(db);
  if (!client) {
    client = new SearchClient(db);
    clients.set(db, client);
  }
  return client;
}

/** Starts the worker once the window has painted and gone idle, leaving the first screen alone. */
export function startSearchAfterFirstPaint(db: FirebreakDatabase): () => void {
  const start = (): void => searchClientFor(db).start();
  const timer = setTimeout(() => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 3_000 });
    else start();
  }, 1_500);
  return () => clearTimeout(timer);
}
