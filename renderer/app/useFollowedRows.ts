/**
 * A list of rows kept live by an `AuditFollower` (renderer/db/auditFollower.ts): read once, then only the rows the
 * audit log says changed are re-read, so one change to a long list reads one row. The follower is made again when
 * `key` or `follow` changes (pass a memoised `follow`); `take` shows a row this window has just committed at once.
 */
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'react';
import { readAuditHead } from '../db/auditTrail';
import type { AuditFollower, FollowedRow } from '../db/auditFollower';
import type { FirebreakDatabase } from '../db/database';
import { useDatabase } from './DatabaseContext';

export interface FollowedRows<Row extends FollowedRow> {
  /** Undefined while the first read is under way. */
  readonly rows: readonly Row[] | undefined;
  /** Shows `row` as committed by a write that has resolved (unless a newer revision is already shown). */
  readonly take: (row: Row) => void;
  /** Shows `row` while its write is under way; call the returned function to put the row back if the write fails. */
  readonly propose: (row: Row) => () => void;
}

interface Shown<Row> {
  readonly key: string;
  readonly rows: readonly Row[];
}

export function useFollowedRows<Row extends FollowedRow>(
  key: string,
  follow: (
    db: FirebreakDatabase,
    publish: (rows: readonly Row[]) => void,
    fail: (error: unknown) => void,
  ) => AuditFollower<Row>,
): FollowedRows<Row> {
  const db = useDatabase();
  const [shown, setShown] = useState<Shown<Row> | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const follower = useRef<AuditFollower<Row> | undefined>(undefined);
  useEffect(() => {
    const next = follow(
      db,
      (rows) => setShown({ key, rows }),
      (error) => setFailure(error),
    );
    follower.current = next;
    const subscription = liveQuery(() => readAuditHead(db.meta)).subscribe({
      next: (head) => next.headMoved(head),
      error: (error: unknown) => setFailure(error),
    });
    return () => {
      next.stop();
      subscription.unsubscribe();
    };
  }, [db, key, follow]);
  // A failed read is thrown during render, so the screen's error boundary explains it (as useLiveQuery does).
  if (failure !== undefined) throw failure;
  const take = useCallback((row: Row) => follower.current?.take(row), []);
  const propose = useCallback((row: Row) => follower.current?.propose(row) ?? (() => undefined), []);
  return { rows: shown?.key === key ? shown.rows : undefined, take, propose };
}
