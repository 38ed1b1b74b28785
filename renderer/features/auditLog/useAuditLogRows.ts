/**
 * The audit log in memory for the viewer: read a page at a time when the screen opens (with progress), then followed
 * — when the anchored head moves, only the entries after the last one read are fetched and appended. Each row
 * carries the record's value hash before the change (`auditLogRows`). The rows are the viewer's own index, like the
 * register's, never a store's copy.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { auditLogRows, type AuditLogRow } from '../../../shared/domain/auditLog/view';
import { describeError } from '../../ui/errorMessage';
import { useDatabase } from '../../app/DatabaseContext';
import { readAuditHead } from '../../db/auditTrail';
import { readAuditEntriesAfter } from '../../db/auditLog/queries';

const PAGE = 5_000;

export interface AuditLogState {
  readonly rows: readonly AuditLogRow[];
  /** Entries in the log (its anchored head's sequence number). */
  readonly total: number;
  readonly phase: 'loading' | 'ready' | 'failed';
  readonly error?: string;
}

interface Follower {
  seq: number;
  last: Map<string, string>;
  rows: AuditLogRow[];
  queue: Promise<void>;
}

function newFollower(): Follower {
  return { seq: 0, last: new Map(), rows: [], queue: Promise.resolve() };
}

export function useAuditLogRows(): AuditLogState {
  const db = useDatabase();
  const head = useLiveQuery(() => readAuditHead(db.meta), [db]);
  const [state, setState] = useState<AuditLogState>({ rows: [], total: 0, phase: 'loading' });
  const follower = useRef<Follower>(newFollower());
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (head === undefined) return;
    const target = head.seq;
    const current = follower.current;
    // Catch-ups run one after another, so two moves of the head never read the same entries twice.
    current.queue = current.queue.then(async () => {
      try {
        // A log shorter than what was read (another database opened in its place) is read again from the start.
        if (target < current.seq) Object.assign(current, newFollower(), { queue: current.queue });
        while (current.seq < target) {
          const page = await readAuditEntriesAfter(db, current.seq, PAGE);
          if (page.length === 0) break;
          current.rows = current.rows.concat(auditLogRows(page, current.last));
          current.seq = page[page.length - 1]!.seq;
          if (mounted.current) {
            setState({ rows: current.rows, total: target, phase: current.seq >= target ? 'ready' : 'loading' });
          }
        }
        if (mounted.current) setState({ rows: current.rows, total: target, phase: 'ready' });
      } catch (error) {
        if (mounted.current) {
          setState({ rows: current.rows, total: target, phase: 'failed', error: describeError(error) });
        }
      }
    });
  }, [db, head]);

  return state;
}
