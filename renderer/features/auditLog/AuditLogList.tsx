/**
 * The audit log's entries, newest first and virtualised (the register's virtualiser): only the rows in view are in
 * the page, so 100,000 entries scroll as fast as ten. A list named "Audit log entries" whose items are buttons that
 * open an entry's details; the arrow keys, Page Up/Down, Home and End move between rows.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { AUDIT_OPERATION_LABELS, auditEntityWords, type AuditLogRow } from '../../../shared/domain/auditLog/view';
import { formatDateTime } from '../../ui/formatTime';

const ROW_HEIGHT = 44;
const SHORT_HASH = 10;

const short = (hash: string | null): string => (hash === null ? '—' : hash.slice(0, SHORT_HASH));

export function AuditLogList({
  rows,
  selectedSeq,
  onSelect,
  empty,
}: {
  /** In log order; shown newest first. */
  readonly rows: readonly AuditLogRow[];
  readonly selectedSeq: number | null;
  readonly onSelect: (seq: number) => void;
  readonly empty: ReactNode;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowAt = (index: number): AuditLogRow | undefined => rows[rows.length - 1 - index];
  // The build does not use the React Compiler, so nothing memoizes this component against the virtualizer's API.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => rowAt(index)?.entry.seq ?? index,
  });

  const focusRow = (index: number): void => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${target}"]`)?.focus();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!(event.target instanceof HTMLElement)) return;
    const current = Number(event.target.dataset['rowIndex'] ?? Number.NaN);
    if (Number.isNaN(current)) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: rows.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  return (
    <div className="audit-list-scroll" ref={scrollRef}>
      <div
        role="list"
        aria-label="Audit log entries"
        className="audit-list"
        data-result-count={rows.length}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rowAt(item.index);
          if (!row) return null;
          const { entry, beforeHash } = row;
          const action = AUDIT_OPERATION_LABELS[entry.op];
          const subject = auditEntityWords(entry.entity);
          return (
            <div
              role="listitem"
              key={item.key}
              className="audit-list-item"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <button
                type="button"
                className={entry.seq === selectedSeq ? 'audit-row audit-row-selected' : 'audit-row'}
                data-row-index={item.index}
                aria-pressed={entry.seq === selectedSeq}
                onClick={() => onSelect(entry.seq)}
              >
                <span className="cell audit-cell-seq">
                  <span className="visually-hidden">Entry </span>
                  {entry.seq}
                </span>
                <span className="cell audit-cell-at">{formatDateTime(entry.at)}</span>
                <span className="cell audit-cell-actor">{entry.actor}</span>
                <span className={`cell audit-cell-op audit-op-${entry.op}`}>{action}</span>
                <span className="cell audit-cell-subject">
                  <span className="audit-subject">
                    <span className="audit-subject-kind">{subject}</span>{' '}
                    <code className="audit-subject-id">{entry.entityId}</code>
                  </span>
                  <span className="audit-hashes">
                    <code>{short(beforeHash)}</code> → <code>{short(entry.valueHash)}</code>
                  </span>
                </span>
              </button>
            </div>
          );
        })}
      </div>
      {rows.length === 0 ? empty : null}
    </div>
  );
}
