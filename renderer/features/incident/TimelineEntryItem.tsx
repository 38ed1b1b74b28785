/**
 * One timeline entry: its kind, what was written, who wrote it, and both times, labelled — when it happened and when
 * it was recorded. Edits list each field's before and after; phase changes show their reason.
 */
import { memo } from 'react';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import { ENTRY_KIND_LABELS } from '../../../shared/domain/timeline';
import { formatDateTime, formatTime, formatUtc, isSameLocalDay } from '../../ui/formatTime';

function EntryBody({ entry }: { readonly entry: TimelineEntry }) {
  switch (entry.kind) {
    case 'edit':
      return (
        <>
          <p className="entry-text">{entry.text}</p>
          <ul className="change-list">
            {entry.changes.map((change) => (
              <li key={change.field}>
                <span className="change-label">{change.label}:</span>{' '}
                <span className="change-before">{change.before}</span> <span aria-hidden="true">→</span>
                <span className="visually-hidden">changed to</span> <span className="change-after">{change.after}</span>
              </li>
            ))}
          </ul>
        </>
      );
    case 'phase-change':
    case 'checklist-step':
      return (
        <>
          <p className="entry-text">{entry.text}</p>
          {entry.reason ? (
            <p className="entry-reason">
              <span className="change-label">Reason:</span> {entry.reason}
            </p>
          ) : null}
        </>
      );
    case 'gate-override':
      return (
        <>
          <p className="entry-text">{entry.text}</p>
          <p className="entry-reason">
            <span className="change-label">Override reason:</span> {entry.reason}
          </p>
          <ul className="change-list" aria-label="Critical steps left open">
            {entry.openSteps.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      );
    case 'milestone':
      return (
        <>
          <p className="entry-text">{entry.text}</p>
          {entry.replacedAt ? (
            <p className="entry-reason">
              <span className="change-label">Previously recorded as:</span> {formatDateTime(entry.replacedAt)}
            </p>
          ) : null}
          {entry.note ? (
            <p className="entry-reason">
              <span className="change-label">Note:</span> {entry.note}
            </p>
          ) : null}
        </>
      );
    default:
      return <p className="entry-text">{entry.text}</p>;
  }
}

function TimelineEntryItemView({ entry }: { readonly entry: TimelineEntry }) {
  const recorded = isSameLocalDay(entry.occurredAt, entry.createdAt)
    ? formatTime(entry.createdAt)
    : formatDateTime(entry.createdAt);
  return (
    <li className={`entry entry-${entry.kind}`}>
      <span className="entry-dot" aria-hidden="true" />
      <div className="entry-main">
        <div className="entry-head">
          <span className={`entry-kind kind-${entry.kind}`}>{ENTRY_KIND_LABELS[entry.kind]}</span>
          <span className="entry-author">{entry.createdBy}</span>
        </div>
        <EntryBody entry={entry} />
        <p className="entry-times">
          occurred{' '}
          <time dateTime={entry.occurredAt} title={formatUtc(entry.occurredAt)}>
            {formatDateTime(entry.occurredAt)}
          </time>{' '}
          · recorded{' '}
          <time dateTime={entry.createdAt} title={formatUtc(entry.createdAt)}>
            {recorded}
          </time>
        </p>
      </div>
    </li>
  );
}

/** Memoised on the entry's revision: a new entry on a long timeline renders one item, not all of them. */
export const TimelineEntryItem = memo(
  TimelineEntryItemView,
  (a, b) => a.entry.id === b.entry.id && a.entry.rev === b.entry.rev,
);
