/**
 * The audit log's entries, newest first and virtualised (`ui/VirtualList`, as the register): only the rows in view are in
 * the page, so 100,000 entries scroll as fast as ten. A list named "Audit log entries" whose items are buttons that
 * open an entry's details; the arrow keys, Page Up/Down, Home and End move between rows.
 */
import type { ReactNode } from 'react';
import { AUDIT_OPERATION_LABELS, auditEntityWords, type AuditLogRow } from '../../../shared/domain/auditLog/view';
import { formatDateTime } from '../../ui/formatTime';
import { VirtualList } from '../../ui/VirtualList';

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
  const rowAt = (index: number): AuditLogRow | undefined => rows[rows.length - 1 - index];

  return (
    <VirtualList
      count={rows.length}
      rowHeight={ROW_HEIGHT}
      label="Audit log entries"
      scrollClassName="audit-list-scroll"
      className="audit-list"
      listAttributes={{ 'data-result-count': rows.length }}
      rowKey={(index) => rowAt(index)?.entry.seq ?? index}
      renderRow={(index) => {
        const row = rowAt(index);
        if (!row) return null;
        const { entry, beforeHash } = row;
        const action = AUDIT_OPERATION_LABELS[entry.op];
        const subject = auditEntityWords(entry.entity);
        return (
          <button
            type="button"
            className={entry.seq === selectedSeq ? 'audit-row audit-row-selected' : 'audit-row'}
            data-row-index={index}
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
        );
      }}
      empty={empty}
    />
  );
}
