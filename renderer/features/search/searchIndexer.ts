/**
 * Builds and keeps the "search everywhere" index. It runs in the search worker (`search.worker.ts`), off the UI
 * thread; tests drive it directly. At start it loads the persisted index (`db/search/searchIndexStore.ts`) and
 * catches up through the audit log, which names every record written since (from any window); with no usable copy
 * it builds from the records in pages, answering queries from what is indexed so far. After that every query first
 * reads the audit head (one key read) and re-indexes only the records the log names since. The index is saved again
 * once it is `SAVE_AFTER_CHANGES` records or `SAVE_AFTER_MS` behind.
 *
 * It reads the searched tables directly (and skips tombstones itself): it is a derived cache of every capability's
 * records, like the register's projection, not a consumer of one capability's queries.
 */
import { readAuditHead } from '../../db/auditTrail';
import type { FirebreakDatabase } from '../../db/database';
import { readContentPrefix } from '../../db/evidence/evidenceContent';
import { readPersistedSearchIndex, savePersistedSearchIndex } from '../../db/search/searchIndexStore';
import type { EvidenceItem } from '../../../shared/domain/evidence/evidence';
import { BUILT_IN_RUNBOOKS } from '../../../shared/domain/runbooks/builtInRunbooks';
import {
  documentId,
  evidenceDocument,
  EXTRACTED_TEXT_CHARS,
  hasExtractableText,
  incidentDocument,
  personDocument,
  runbookDocument,
  SEARCHED_ENTITIES,
  timelineDocument,
  type SearchDocument,
} from './searchDocuments';
import { SEARCH_INDEX_FORMAT, SearchEngine, type SearchGroup } from './searchEngine';

export interface SearchStatus {
  /** `building`: `indexed` of about `total` records are searchable so far; `ready`: all of them. */
  readonly phase: 'starting' | 'building' | 'ready' | 'failed';
  readonly indexed: number;
  readonly total: number;
  /** How the index came to be at this start: loaded from the saved copy, or built from the records. */
  readonly source?: 'saved' | 'built';
  readonly message?: string;
}

export interface SearchAnswer {
  readonly groups: readonly SearchGroup[];
  readonly status: SearchStatus;
}

const PAGE = 2_000;
const SAVE_AFTER_CHANGES = 500;
const SAVE_AFTER_MS = 30_000;
/** Past this many unseen audit entries, building afresh is cheaper than catching up. */
const REBUILD_THRESHOLD = 100_000;
/** Dead document numbers are dropped from the postings before a save once they are this share of all numbers. */
const COMPACT_AT_DEAD_SHARE = 0.2;

type Searched = keyof typeof SEARCHED_ENTITIES;

function isSearched(entity: string): entity is Searched {
  return Object.hasOwn(SEARCHED_ENTITIES, entity);
}

export class SearchIndexer {
  private engine = new SearchEngine();
  private cursor = 0;
  private status: SearchStatus = { phase: 'starting', indexed: 0, total: 0 };
  private work: Promise<unknown> = Promise.resolve();
  private unsaved = 0;
  private lastSaved = 0;

  constructor(
    private readonly db: FirebreakDatabase,
    private readonly onStatus: (status: SearchStatus) => void = () => undefined,
    private readonly now: () => number = () => Date.now(),
  ) {}

  getStatus(): SearchStatus {
    return this.status;
  }

  private publish(next: Partial<SearchStatus>): void {
    this.status = { ...this.status, ...next };
    this.onStatus(this.status);
  }

  /** Loads or builds the index; resolves when every record is searchable. */
  start(): Promise<void> {
    return this.serially(() => this.load());
  }

  /** Searches, first catching up with the log unless the first build is still running (then it searches what is in). */
  async search(query: string): Promise<SearchAnswer> {
    if (this.status.phase === 'ready') await this.serially(() => this.catchUp());
    return { groups: this.engine.search(query), status: this.status };
  }

  /** Saves the index now if anything changed since the last save (the worker calls it when idle). */
  flush(): Promise<void> {
    return this.serially(async () => {
      if (this.unsaved > 0) await this.save();
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.work.then(task, task);
    this.work = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<void> {
    try {
      const head = await readAuditHead(this.db.meta);
      const saved = await readPersistedSearchIndex(this.db).catch(() => undefined);
      if (
        saved &&
        saved.format === SEARCH_INDEX_FORMAT &&
        saved.seq <= head.seq &&
        head.seq - saved.seq <= REBUILD_THRESHOLD
      ) {
        this.engine = SearchEngine.unpack(saved);
        this.engine.prepare();
        this.cursor = saved.seq;
        this.lastSaved = this.now();
        this.publish({ phase: 'ready', source: 'saved', indexed: this.engine.documentCount });
        await this.catchUp();
        return;
      }
      await this.build(head.seq);
      await this.catchUp();
    } catch (error) {
      this.publish({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  /** Indexes every live record, a page at a time, as of `headSeq` (records written meanwhile are caught up after). */
  private async build(headSeq: number): Promise<void> {
    this.engine = new SearchEngine();
    const db = this.db;
    const total = (await Promise.all([db.incidents.count(), db.timeline.count(), db.evidence.count()])).reduce(
      (sum, count) => sum + count,
      0,
    );
    this.publish({ phase: 'building', source: 'built', indexed: 0, total });
    const add = (documents: readonly (SearchDocument | undefined)[]): void => {
      this.engine.upsert(documents.filter((document): document is SearchDocument => document !== undefined));
      this.publish({ indexed: this.engine.documentCount });
    };
    // Runbooks and people first (few), then the large tables by primary key, a page at a time.
    add(BUILT_IN_RUNBOOKS.map((runbook) => runbookDocument(runbook)));
    add((await db.runbooks.toArray()).filter((runbook) => !runbook.deletedAt).map(runbookDocument));
    add((await db.people.toArray()).filter((person) => !person.deletedAt).map(personDocument));
    await this.inPages(
      (after, limit) => db.incidents.where(':id').above(after).limit(limit).toArray(),
      (incidents) => add(incidents.filter((incident) => !incident.deletedAt).map(incidentDocument)),
    );
    await this.inPages(
      (after, limit) => db.timeline.where(':id').above(after).limit(limit).toArray(),
      (entries) => add(entries.filter((entry) => !entry.deletedAt).map(timelineDocument)),
    );
    await this.inPages(
      (after, limit) => db.evidence.where(':id').above(after).limit(limit).toArray(),
      async (items) => add(await this.evidenceDocuments(items)),
    );
    this.cursor = headSeq;
    this.engine.prepare();
    this.publish({ phase: 'ready', indexed: this.engine.documentCount, total: this.engine.documentCount });
    await this.save();
  }

  private async inPages<T extends { id: string }>(
    readPage: (after: string, limit: number) => Promise<T[]>,
    each: (rows: T[]) => void | Promise<void>,
  ): Promise<void> {
    let after = '';
    for (;;) {
      const rows = await readPage(after, PAGE);
      if (rows.length === 0) return;
      await each(rows);
      after = rows[rows.length - 1]?.id ?? after;
      if (rows.length < PAGE) return;
    }
  }

  private async evidenceDocuments(items: readonly EvidenceItem[]): Promise<SearchDocument[]> {
    const documents: SearchDocument[] = [];
    for (const item of items) {
      if (item.deletedAt) continue;
      documents.push(evidenceDocument(item, await this.extractedText(item)));
    }
    return documents;
  }

  /** The first part of a text item's bytes as text; a missing or unreadable content is simply not searched. */
  private async extractedText(item: EvidenceItem): Promise<string> {
    if (!hasExtractableText(item) || item.size === 0) return '';
    try {
      const blob = await readContentPrefix(this.db, item.sha256, EXTRACTED_TEXT_CHARS);
      return new TextDecoder('utf-8', { fatal: false }).decode(await blob.arrayBuffer());
    } catch {
      return '';
    }
  }

  /** Re-indexes the records the audit log names after the cursor. */
  private async catchUp(): Promise<void> {
    const head = await readAuditHead(this.db.meta);
    if (head.seq <= this.cursor) return;
    if (head.seq - this.cursor > REBUILD_THRESHOLD) {
      await this.build(head.seq);
      return;
    }
    const changed = new Map<Searched, Set<string>>();
    await this.db.auditLog
      .where(':id')
      .between(this.cursor, head.seq, false, true)
      .each((entry) => {
        if (!isSearched(entry.entity)) return;
        const ids = changed.get(entry.entity) ?? new Set<string>();
        ids.add(entry.entityId);
        changed.set(entry.entity, ids);
      });
    let count = 0;
    for (const [entity, idSet] of changed) {
      const ids = [...idSet];
      count += ids.length;
      const kind = SEARCHED_ENTITIES[entity];
      const documents = await this.documentsOf(entity, ids);
      this.engine.remove(ids.filter((_id, index) => documents[index] === undefined).map((id) => documentId(kind, id)));
      this.engine.upsert(documents.filter((document): document is SearchDocument => document !== undefined));
    }
    this.cursor = head.seq;
    this.unsaved += count;
    this.publish({ indexed: this.engine.documentCount, total: this.engine.documentCount });
    if (this.unsaved >= SAVE_AFTER_CHANGES || (this.unsaved > 0 && this.now() - this.lastSaved > SAVE_AFTER_MS)) {
      await this.save();
    }
  }

  /** Each id's current document, or undefined where the record is gone, deleted, or has nothing to search. */
  private async documentsOf(entity: Searched, ids: string[]): Promise<(SearchDocument | undefined)[]> {
    const db = this.db;
    switch (entity) {
      case 'incident':
        return (await db.incidents.bulkGet(ids)).map((row) =>
          row && !row.deletedAt ? incidentDocument(row) : undefined,
        );
      case 'timeline':
        return (await db.timeline.bulkGet(ids)).map((row) =>
          row && !row.deletedAt ? timelineDocument(row) : undefined,
        );
      case 'evidence': {
        const rows = await db.evidence.bulkGet(ids);
        const documents: (SearchDocument | undefined)[] = [];
        for (const row of rows) {
          documents.push(row && !row.deletedAt ? evidenceDocument(row, await this.extractedText(row)) : undefined);
        }
        return documents;
      }
      case 'runbook':
        return (await db.runbooks.bulkGet(ids)).map((row) =>
          row && !row.deletedAt ? runbookDocument(row) : undefined,
        );
      case 'person':
        return (await db.people.bulkGet(ids)).map((row) => (row && !row.deletedAt ? personDocument(row) : undefined));
    }
  }

  private async save(): Promise<void> {
    if (this.engine.deadShare > COMPACT_AT_DEAD_SHARE) this.engine.compact();
    await savePersistedSearchIndex(this.db, { seq: this.cursor, format: SEARCH_INDEX_FORMAT, ...this.engine.pack() });
    this.unsaved = 0;
    this.lastSaved = this.now();
  }
}
